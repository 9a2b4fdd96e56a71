/** What the conflict dialog shows of one side: a saved kit or the unsaved edit. */
export type KitSnapshot = {
  /** Null for the unsaved edit. */
  version: number | null;
  name: string;
  targetRole: string;
  rubricName: string;
  instructions: string;
  items: KitSnapshotItem[];
};

export type KitSnapshotItem = {
  questionId: string;
  prompt: string;
  plannedMinutes: number;
};

export type KitFieldKey = 'name' | 'targetRole' | 'rubricName' | 'instructions';

export type KitFieldComparison = {
  key: KitFieldKey;
  label: string;
  theirs: string;
  mine: string;
  isDifferent: boolean;
};

export type KitItemComparison = KitSnapshotItem & {
  /** 1-based position on this side. */
  position: number;
  /** Not in the other version at all. */
  isOnlyHere: boolean;
  /** In both, but out of order relative to the other version. */
  isMoved: boolean;
  /** The other version's minutes, when they differ. */
  otherMinutes: number | null;
};

export type KitComparison = {
  fields: KitFieldComparison[];
  theirsItems: KitItemComparison[];
  mineItems: KitItemComparison[];
  theirsTotal: number;
  mineTotal: number;
  hasDifferences: boolean;
};

const FIELD_LABELS: Record<KitFieldKey, string> = {
  name: 'Name',
  targetRole: 'Target role',
  rubricName: 'Rubric',
  instructions: 'Instructions',
};

/**
 * The longest run of questions both versions keep in the same relative order;
 * the others count as moved, so inserting one question does not mark every
 * later one as moved.
 */
function inOrderIds(a: readonly string[], b: readonly string[]): Set<string> {
  const lengths = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const row = lengths[i];
      row[j] =
        a[i] === b[j]
          ? (lengths[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      kept.add(a[i]);
      i += 1;
      j += 1;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) {
      i += 1;
    } else {
      j += 1;
    }
  }

  return kept;
}

function compareItems(
  side: readonly KitSnapshotItem[],
  other: readonly KitSnapshotItem[],
  inOrder: ReadonlySet<string>,
): KitItemComparison[] {
  const otherById = new Map(other.map((item) => [item.questionId, item]));

  return side.map((item, index) => {
    const counterpart = otherById.get(item.questionId);

    return {
      ...item,
      position: index + 1,
      isOnlyHere: !counterpart,
      isMoved: Boolean(counterpart) && !inOrder.has(item.questionId),
      otherMinutes:
        counterpart && counterpart.plannedMinutes !== item.plannedMinutes
          ? counterpart.plannedMinutes
          : null,
    };
  });
}

const total = (items: readonly KitSnapshotItem[]) =>
  items.reduce((sum, item) => sum + item.plannedMinutes, 0);

export function compareKits(
  theirs: KitSnapshot,
  mine: KitSnapshot,
): KitComparison {
  const fields = (Object.keys(FIELD_LABELS) as KitFieldKey[]).map((key) => ({
    key,
    label: FIELD_LABELS[key],
    theirs: theirs[key],
    mine: mine[key],
    isDifferent: theirs[key].trim() !== mine[key].trim(),
  }));
  const inOrder = inOrderIds(
    theirs.items.map((item) => item.questionId),
    mine.items.map((item) => item.questionId),
  );
  const theirsItems = compareItems(theirs.items, mine.items, inOrder);
  const mineItems = compareItems(mine.items, theirs.items, inOrder);
  const isItemDifferent = (item: KitItemComparison) =>
    item.isOnlyHere || item.isMoved || item.otherMinutes !== null;

  return {
    fields,
    theirsItems,
    mineItems,
    theirsTotal: total(theirs.items),
    mineTotal: total(mine.items),
    hasDifferences:
      fields.some((field) => field.isDifferent) ||
      theirsItems.some(isItemDifferent) ||
      mineItems.some(isItemDifferent),
  };
}
