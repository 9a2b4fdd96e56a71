/** Session counts of one panelist as seen from a candidate slot. */
export type PanelistLoadInput = {
  /** Existing sessions overlapping the search range. */
  periodCount: number;
  /** Existing sessions in the slot's ISO week, in the panelist's zone. */
  weekCount: number;
  /** Existing sessions on the slot's local day, in the panelist's zone. */
  dayCount: number;
};

/**
 * How busy a panelist already is around a slot: `periodCount + weekCount +
 * dayCount`. Lower is fairer; a slot's score is the sum over its panel.
 * The period term spreads load across people, the week and day terms spread
 * each person's sessions over time.
 */
export function panelistLoad(input: PanelistLoadInput): number {
  return input.periodCount + input.weekCount + input.dayCount;
}

export type LoadedCandidate = { interviewerId: string; load: number };

// Plain code-unit order: localeCompare would make the choice depend on ICU data.
export function compareIds(a: string, b: string): number {
  if (a === b) {
    return 0;
  }

  return a < b ? -1 : 1;
}

// The `count` lowest-load candidates, ties broken by interviewer id; `null` if too few.
export function pickLowestLoad(
  candidates: readonly LoadedCandidate[],
  count: number,
): LoadedCandidate[] | null {
  if (candidates.length < count) {
    return null;
  }

  return [...candidates]
    .sort(
      (a, b) => a.load - b.load || compareIds(a.interviewerId, b.interviewerId),
    )
    .slice(0, count);
}

export type RankedSlot = {
  start: number;
  score: number;
  interviewerIds: string[];
};

// Best first: lowest score, then earliest start (starts are unique).
export function compareRankedSlots(a: RankedSlot, b: RankedSlot): number {
  return a.score - b.score || a.start - b.start;
}
