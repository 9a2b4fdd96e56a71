import type { CandidateSession } from '@web/modules/candidates/hooks/useCandidateRecord';

/** How a session's scorecards stand: submitted of owed (leads and co-interviewers), as the record shows it. */
export function scorecardSummary(session: CandidateSession, now: Date): string {
  if (session.status === 'CANCELLED' || session.status === 'NO_SHOW') {
    return 'No scorecards expected';
  }
  const owed = session.panelSubmissions.filter((s) => s.required).length;
  const submitted = session.panelSubmissions.filter(
    (s) => s.submittedAt !== null && s.submittedAt !== undefined,
  ).length;
  const hasEnded =
    session.status === 'COMPLETED' || new Date(session.endsAt) <= now;
  if (!hasEnded && submitted === 0) {
    return `${owed} owed after the session`;
  }

  return `${submitted} of ${owed} submitted`;
}

/** Upcoming (not ended, still to run or running), soonest first; past ones, newest first. */
export function splitSessions(
  sessions: readonly CandidateSession[],
  now: Date,
): { upcoming: CandidateSession[]; past: CandidateSession[] } {
  const isUpcoming = (session: CandidateSession) =>
    (session.status === 'SCHEDULED' || session.status === 'IN_PROGRESS') &&
    new Date(session.endsAt) > now;
  const upcoming = sessions
    .filter(isUpcoming)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = sessions
    .filter((session) => !isUpcoming(session))
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  return { upcoming, past };
}
