import type { ScorecardsDueQuery } from '@web/generated/graphql';
import { formatDuration } from '@web/modules/shared/utils/formatDuration';

export type ScorecardDue = ScorecardsDueQuery['scorecardsDue'][number];

export type ScorecardDueItem = ScorecardDue & {
  isOverdue: boolean;
  /** "overdue by 2 days" or "due in 5 hours" */
  dueLabel: string;
};

/** Overdue or not as of `now`: the server's flag was true when it answered. */
export function isScorecardOverdue(item: ScorecardDue, now: Date): boolean {
  return item.overdue || Date.parse(item.dueAt) <= now.getTime();
}

/** "overdue by 2 days" past the due time, "due in 5 hours" before it. */
export function scorecardDueLabel(item: ScorecardDue, now: Date): string {
  const left = Date.parse(item.dueAt) - now.getTime();

  return isScorecardOverdue(item, now)
    ? `overdue by ${formatDuration(Math.max(0, -left))}`
    : `due in ${formatDuration(left)}`;
}

/** Overdue ones first, longest overdue at the top; then the rest, soonest due first. */
export function sortScorecardsDue(
  items: readonly ScorecardDue[],
  now: Date,
): ScorecardDueItem[] {
  return items
    .map((item) => ({
      ...item,
      isOverdue: isScorecardOverdue(item, now),
      dueLabel: scorecardDueLabel(item, now),
    }))
    .sort(
      (a, b) =>
        Number(b.isOverdue) - Number(a.isOverdue) ||
        Date.parse(a.dueAt) - Date.parse(b.dueAt),
    );
}
