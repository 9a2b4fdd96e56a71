/**
 * When a session actually ended, for an `interview_session` aliased `s`: the
 * moment the room was completed, or its planned end when nobody completed it
 * (a session left scheduled or in progress past its end).
 */
export const SESSION_ENDED_SQL = 'coalesce(s.completed_at, s.ends_at)';

/**
 * Hours from the session's actual end to the submission of scorecard `sc`.
 * A scorecard submitted before that end (written during the session, or
 * before someone pressed "Complete" late) took no time after it: 0, never
 * negative. Null without a submission (greatest() alone would make that 0).
 */
export const HOURS_TO_SUBMIT_SQL = `CASE WHEN sc.submitted_at IS NOT NULL
  THEN greatest(0, extract(epoch FROM sc.submitted_at - ${SESSION_ENDED_SQL}) / 3600) END`;
