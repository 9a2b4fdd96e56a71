import { describe, expect, it } from 'vitest';

import {
  QUESTION_A,
  QUESTION_B,
  QUESTION_C,
  kitFixture,
} from '@web/modules/kits/testing/kitFixtures';

import {
  addQuestion,
  draftFromKit,
  formatMinutes,
  hasKitDraftErrors,
  type KitDraftItem,
  moveItem,
  questionIdForErrorField,
  removeQuestion,
  setPlannedMinutes,
  totalPlannedMinutes,
  validateKitDraft,
} from './kitDraft';

const items: KitDraftItem[] = [
  { question: QUESTION_A, plannedMinutes: 10 },
  { question: QUESTION_B, plannedMinutes: 15 },
  { question: QUESTION_C, plannedMinutes: 20 },
];

describe(totalPlannedMinutes.name, () => {
  it('should add up the planned minutes when all are valid', () => {
    expect(totalPlannedMinutes(items)).toBe(45);
  });

  it('should leave out empty and out-of-range minutes when some are invalid', () => {
    const withInvalid = setPlannedMinutes(
      setPlannedMinutes(items, 'q2', null),
      'q3',
      300,
    );

    expect(totalPlannedMinutes(withInvalid)).toBe(10);
  });

  it('should be zero when the kit has no questions', () => {
    expect(totalPlannedMinutes([])).toBe(0);
  });
});

describe(moveItem.name, () => {
  it('should move an item down when the target index is later', () => {
    const moved = moveItem(items, 0, 2);

    expect(moved.map((item) => item.question.id)).toEqual(['q2', 'q3', 'q1']);
    expect(items.map((item) => item.question.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('should move an item up when the target index is earlier', () => {
    expect(moveItem(items, 2, 1).map((item) => item.question.id)).toEqual([
      'q1',
      'q3',
      'q2',
    ]);
  });

  it('should change nothing when the move is out of range', () => {
    expect(moveItem(items, 0, -1).map((item) => item.question.id)).toEqual([
      'q1',
      'q2',
      'q3',
    ]);
    expect(moveItem(items, 2, 3).map((item) => item.question.id)).toEqual([
      'q1',
      'q2',
      'q3',
    ]);
  });

  it('should keep the total when items are reordered', () => {
    expect(totalPlannedMinutes(moveItem(items, 0, 2))).toBe(45);
  });
});

describe(addQuestion.name, () => {
  it('should append the question with the default minutes when it is new', () => {
    const added = addQuestion(items.slice(0, 2), QUESTION_C);

    expect(added.map((item) => item.question.id)).toEqual(['q1', 'q2', 'q3']);
    expect(added[2]?.plannedMinutes).toBe(10);
  });

  it('should not add a question twice when it is already in the kit', () => {
    expect(addQuestion(items, QUESTION_A)).toHaveLength(3);
  });
});

describe(removeQuestion.name, () => {
  it('should drop the question and keep the order of the others', () => {
    expect(removeQuestion(items, 'q2').map((item) => item.question.id)).toEqual(
      ['q1', 'q3'],
    );
  });
});

describe(validateKitDraft.name, () => {
  it('should flag missing details and invalid minutes when the draft is incomplete', () => {
    const errors = validateKitDraft({
      name: ' ',
      targetRole: '',
      rubricId: null,
      instructions: '',
      items: setPlannedMinutes(items, 'q2', 0),
    });

    expect(errors.name).toBeDefined();
    expect(errors.targetRole).toBeDefined();
    expect(errors.rubricId).toBeDefined();
    expect(errors.items).toEqual({ q2: 'Between 1 and 240 minutes' });
    expect(hasKitDraftErrors(errors)).toBe(true);
  });

  it('should pass when the draft is complete', () => {
    const errors = validateKitDraft(draftFromKit(kitFixture()));

    expect(hasKitDraftErrors(errors)).toBe(false);
  });
});

describe(draftFromKit.name, () => {
  it('should order the items by position when the API lists them out of order', () => {
    const kit = kitFixture();
    const draft = draftFromKit({ ...kit, items: [...kit.items].reverse() });

    expect(draft.items.map((item) => item.question.id)).toEqual(['q1', 'q2']);
  });
});

describe(formatMinutes.name, () => {
  it('should show minutes below an hour and hours above', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(125)).toBe('2 h 05 min');
  });
});

describe(questionIdForErrorField.name, () => {
  it('should find the question an API error field names', () => {
    expect(questionIdForErrorField(items, 'items.1.questionId')).toBe('q2');
    expect(questionIdForErrorField(items, 'name')).toBeNull();
  });
});
