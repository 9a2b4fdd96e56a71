import { describe, expect, it } from 'vitest';

import { compareKits, type KitSnapshot } from './compareKits';

const base: KitSnapshot = {
  version: 3,
  name: 'Loop',
  targetRole: 'Data scientist',
  rubricName: 'Technical interview',
  instructions: '',
  items: [
    { questionId: 'a', prompt: 'A?', plannedMinutes: 10 },
    { questionId: 'b', prompt: 'B?', plannedMinutes: 10 },
    { questionId: 'c', prompt: 'C?', plannedMinutes: 10 },
  ],
};

describe(compareKits.name, () => {
  it('should report no differences when both versions are the same', () => {
    const comparison = compareKits(base, { ...base, version: null });

    expect(comparison.hasDifferences).toBe(false);
    expect(comparison.fields.every((field) => !field.isDifferent)).toBe(true);
  });

  it('should mark changed fields when the details differ', () => {
    const comparison = compareKits(base, { ...base, name: 'Loop v2' });

    expect(
      comparison.fields.filter((field) => field.isDifferent).map((f) => f.key),
    ).toEqual(['name']);
    expect(comparison.hasDifferences).toBe(true);
  });

  it('should mark only the moved question when one question changes place', () => {
    const mine = {
      ...base,
      items: [base.items[2], base.items[0], base.items[1]],
    };

    const comparison = compareKits(base, mine);

    expect(
      comparison.mineItems
        .filter((item) => item.isMoved)
        .map((i) => i.questionId),
    ).toEqual(['c']);
    expect(
      comparison.theirsItems
        .filter((item) => item.isMoved)
        .map((i) => i.questionId),
    ).toEqual(['c']);
  });

  it('should mark added, removed and re-timed questions on each side', () => {
    const mine: KitSnapshot = {
      ...base,
      items: [
        { questionId: 'a', prompt: 'A?', plannedMinutes: 20 },
        { questionId: 'b', prompt: 'B?', plannedMinutes: 10 },
        { questionId: 'd', prompt: 'D?', plannedMinutes: 5 },
      ],
    };

    const comparison = compareKits(base, mine);

    expect(
      comparison.theirsItems.find((i) => i.questionId === 'c')?.isOnlyHere,
    ).toBe(true);
    expect(
      comparison.mineItems.find((i) => i.questionId === 'd')?.isOnlyHere,
    ).toBe(true);
    expect(comparison.mineItems[0]?.otherMinutes).toBe(10);
    expect(comparison.theirsItems[0]?.otherMinutes).toBe(20);
    expect(comparison.mineItems.some((item) => item.isMoved)).toBe(false);
    expect(comparison.theirsTotal).toBe(30);
    expect(comparison.mineTotal).toBe(35);
  });
});
