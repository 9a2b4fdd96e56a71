import { describe, expect, it } from 'vitest';

import {
  DECISION_OPTIONS,
  decisionDraftErrors,
  decisionLabel,
} from './decisions';

describe('decisionDraftErrors', () => {
  it('should ask for a decision and a rationale when both are missing', () => {
    const errors = decisionDraftErrors({ decision: null, rationale: '   ' });

    expect(errors).toEqual({
      decision: 'Choose a decision',
      rationale: 'Give the rationale: what in the scorecards supports it',
    });
  });

  it('should refuse a rationale shorter than the API accepts once trimmed', () => {
    const errors = decisionDraftErrors({ decision: 'HOLD', rationale: ' ok ' });

    expect(errors).toEqual({ rationale: 'Write at least 3 characters' });
  });

  it('should refuse a rationale over 10000 characters', () => {
    const errors = decisionDraftErrors({
      decision: 'HOLD',
      rationale: 'x'.repeat(10_001),
    });

    expect(errors.rationale).toBe(
      'The rationale is limited to 10000 characters',
    );
  });

  it('should pass when a decision and a rationale are given', () => {
    expect(
      decisionDraftErrors({
        decision: 'ADVANCE',
        rationale: 'Strong on every competency.',
      }),
    ).toEqual({});
  });
});

describe('decisionLabel', () => {
  it('should give readable labels for the five decisions', () => {
    expect(
      DECISION_OPTIONS.map((option) => decisionLabel(option.value)),
    ).toEqual(['Advance', 'Hold', 'Reject', 'Ready', 'Needs practice']);
  });
});
