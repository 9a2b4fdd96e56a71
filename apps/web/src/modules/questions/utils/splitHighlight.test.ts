import { describe, expect, it } from 'vitest';

import { splitHighlight } from './splitHighlight';

const PROMPT =
  'Explain the difference between batch normalization and layer normalization.';

describe(splitHighlight.name, () => {
  it('should mark the prompt and keep only the answer part when the passage starts with the prompt', () => {
    const sut = splitHighlight(PROMPT, [
      { text: 'Explain the difference between batch ', isMatch: false },
      { text: 'normalization', isMatch: true },
      { text: ' and ', isMatch: false },
      { text: 'layer', isMatch: true },
      { text: ' normalization. — A technique for each ', isMatch: false },
      { text: 'layer', isMatch: true },
      { text: '.', isMatch: false },
    ]);

    expect(sut.passage).toEqual([
      { text: 'A technique for each ', isMatch: false },
      { text: 'layer', isMatch: true },
      { text: '.', isMatch: false },
    ]);
    expect(sut.prompt.filter((s) => s.isMatch).map((s) => s.text)).toEqual([
      'normalization',
      'layer',
      'normalization',
    ]);
    expect(sut.prompt.map((s) => s.text).join('')).toBe(PROMPT);
  });

  it('should keep the whole passage when it comes from the answer only', () => {
    const segments = [
      { text: 'served ', isMatch: false },
      { text: 'cached', isMatch: true },
      { text: ' prices — not fresh', isMatch: false },
    ];

    const sut = splitHighlight('What do you do?', segments);

    expect(sut.passage).toEqual(segments);
    expect(sut.prompt).toEqual([{ text: 'What do you do?', isMatch: false }]);
  });

  it('should not mark parts of longer words in the prompt', () => {
    const sut = splitHighlight('Normalizing a layered cake', [
      { text: 'layer', isMatch: true },
    ]);

    expect(sut.prompt.some((s) => s.isMatch)).toBe(false);
  });
});
