import { describe, expect, it } from 'vitest';

import {
  competencyDifferences,
  DEFAULT_SCALE,
  hasRubricDraftErrors,
  type RubricDraft,
  toCompetencyInputs,
  validateRubricDraft,
} from './rubricDraft';

const draft: RubricDraft = {
  name: 'Technical interview',
  description: '',
  defaultForKind: 'technical',
  scale: DEFAULT_SCALE,
  competencies: [
    {
      key: 'c1',
      id: 'c1',
      name: 'Depth',
      description: ' Deep ',
      anchors: { 1: ' Weak ', 3: '', 4: 'Expert' },
    },
    { key: 'new-1', name: 'Clarity', description: '', anchors: {} },
  ],
};

describe(toCompetencyInputs.name, () => {
  it('should send trimmed, non-empty anchors in scale order with known ids', () => {
    expect(
      toCompetencyInputs(draft.competencies, DEFAULT_SCALE, new Set(['c1'])),
    ).toEqual([
      {
        id: 'c1',
        name: 'Depth',
        description: 'Deep',
        anchors: [
          { level: 1, text: 'Weak' },
          { level: 4, text: 'Expert' },
        ],
      },
      { name: 'Clarity', description: '', anchors: [] },
    ]);
  });

  it('should drop an id the saved version no longer has when someone removed that competency', () => {
    const [first] = toCompetencyInputs(
      draft.competencies,
      DEFAULT_SCALE,
      new Set(),
    );

    expect(first).not.toHaveProperty('id');
  });
});

describe(validateRubricDraft.name, () => {
  it('should flag an empty and a duplicate competency name', () => {
    const errors = validateRubricDraft({
      ...draft,
      competencies: [
        { key: 'a', name: 'Depth', description: '', anchors: {} },
        { key: 'b', name: ' depth ', description: '', anchors: {} },
        { key: 'c', name: '', description: '', anchors: {} },
      ],
    });

    expect(errors.competencyNames).toEqual({
      b: 'Another competency has this name',
      c: 'Enter the competency name',
    });
    expect(hasRubricDraftErrors(errors)).toBe(true);
  });

  it('should pass when the rubric is complete', () => {
    expect(hasRubricDraftErrors(validateRubricDraft(draft))).toBe(false);
  });
});

describe(competencyDifferences.name, () => {
  it('should mark changed, moved and one-sided competencies', () => {
    const theirs: RubricDraft = {
      ...draft,
      competencies: [
        {
          key: 'c2',
          id: 'c2',
          name: 'Judgement',
          description: '',
          anchors: {},
        },
        {
          key: 'c1',
          id: 'c1',
          name: 'Depth',
          description: 'Deep',
          anchors: { 1: 'Weak', 4: 'Expert' },
        },
      ],
    };

    expect(competencyDifferences(draft, theirs, 'Only in yours')).toEqual([
      { name: 'Depth', change: 'Moved' },
      { name: 'Clarity', change: 'Only in yours' },
    ]);
  });
});
