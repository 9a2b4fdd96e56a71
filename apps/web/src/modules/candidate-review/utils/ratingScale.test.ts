import { describe, expect, it } from 'vitest';

import {
  DEFAULT_SCALE,
  levelLabel,
  levelTone,
  reviewScale,
} from './ratingScale';

describe('levelTone', () => {
  it('should run red to green over the default 1–4 scale', () => {
    const tones = [1, 2, 3, 4].map((level) => levelTone(level, DEFAULT_SCALE));

    expect(tones).toEqual(['red', 'orange', 'lime', 'green']);
  });

  it('should use every tone on a five-level scale', () => {
    const scale = [0, 1, 2, 3, 4].map((level) => ({
      level,
      label: `L${level}`,
    }));

    const tones = scale.map((step) => levelTone(step.level, scale));

    expect(tones).toEqual(['red', 'orange', 'yellow', 'lime', 'green']);
  });

  it('should clamp levels outside the scale to its ends', () => {
    expect(levelTone(0, DEFAULT_SCALE)).toBe('red');
    expect(levelTone(9, DEFAULT_SCALE)).toBe('green');
  });

  it('should fall back to the default scale when the scale is empty', () => {
    expect(levelTone(1, [])).toBe('red');
    expect(levelTone(4, [])).toBe('green');
  });
});

describe('reviewScale', () => {
  it('should default to 1–4 when no session has a rubric', () => {
    expect(reviewScale([{ scoringRubric: null }])).toEqual(DEFAULT_SCALE);
  });

  it('should merge the sessions’ scales in level order, the first label winning', () => {
    const scale = reviewScale([
      {
        scoringRubric: {
          scale: [
            { level: 3, label: 'Good' },
            { level: 1, label: 'Poor' },
          ],
        },
      },
      {
        scoringRubric: {
          scale: [
            { level: 1, label: 'Weak' },
            { level: 5, label: 'Superb' },
          ],
        },
      },
    ]);

    expect(scale).toEqual([
      { level: 1, label: 'Poor' },
      { level: 3, label: 'Good' },
      { level: 5, label: 'Superb' },
    ]);
    expect(levelLabel(5, scale)).toBe('Superb');
    expect(levelLabel(2, scale)).toBe('');
  });
});
