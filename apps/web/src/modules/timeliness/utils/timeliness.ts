import type { FeedbackTimelinessQuery } from '@web/generated/graphql';
import { formatDuration } from '@web/modules/shared/utils/formatDuration';

export type FeedbackTimeliness = FeedbackTimelinessQuery['feedbackTimeliness'];
export type InterviewerTimeliness = FeedbackTimeliness['interviewers'][number];
export type OutstandingScorecard = FeedbackTimeliness['outstanding'][number];
export type ReminderSettings = Pick<
  FeedbackTimelinessQuery['team'],
  'reminderAfterHours' | 'escalateAfterHours' | 'scorecardDueHours'
>;

const HOUR = 3_600_000;

/** How long a scorecard has been owed: "5 hours", "2 days". */
export function formatAge(ageHours: number): string {
  return formatDuration(Math.max(0, ageHours) * HOUR);
}

export type TimelinessChartRow = {
  interviewerId: string;
  interviewer: string;
  due: number;
  overdue: number;
};

/** Interviewers who owe scorecards, most overdue first. */
export function timelinessChartData(
  interviewers: readonly InterviewerTimeliness[],
): TimelinessChartRow[] {
  return interviewers
    .filter((row) => row.due + row.overdue > 0)
    .sort(
      (a, b) =>
        b.overdue - a.overdue ||
        b.due - a.due ||
        a.interviewer.name.localeCompare(b.interviewer.name),
    )
    .map((row) => ({
      interviewerId: row.interviewer.id,
      interviewer: row.interviewer.name,
      due: row.due,
      overdue: row.overdue,
    }));
}

/** Oldest first; the API sends them so, this keeps it true after a cache update. */
export function sortOutstanding(
  outstanding: readonly OutstandingScorecard[],
): OutstandingScorecard[] {
  return [...outstanding].sort(
    (a, b) =>
      b.ageHours - a.ageHours ||
      a.interviewer.name.localeCompare(b.interviewer.name),
  );
}

/** "1 hour", "48 hours": settings are kept in hours, so say them in hours. */
export function formatSettingHours(hours: number): string {
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

/** The team's chasing rules, in the order they happen after a session ends. */
export function describeReminderSettings(settings: ReminderSettings): string[] {
  return [
    `Interviewers get a reminder ${formatSettingHours(settings.reminderAfterHours)} after a session ends.`,
    `A scorecard is overdue ${formatSettingHours(settings.scorecardDueHours)} after the session ends.`,
    `Coordinators are alerted ${formatSettingHours(settings.escalateAfterHours)} after the session ends.`,
  ];
}

/** A row's key: one scorecard per interviewer per session. */
export function outstandingKey(row: {
  sessionId: string;
  interviewer: { id: string };
}): string {
  return `${row.sessionId}:${row.interviewer.id}`;
}
