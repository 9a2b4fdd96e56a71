/**
 * Rule 2 (independent scoring) as SQL, shared by every path that can read a
 * rating: scorecards, sessions, candidate review, analytics. The fragments use
 * the aliases `s` (interview_session) and `t` (its team); `user` and
 * `coordinator` are the placeholders holding the caller's id and whether the
 * caller coordinates the team.
 */
export function panelScorecardsRevealed(user: string, coordinator: string): string {
  const onPanel = `EXISTS (SELECT 1 FROM session_panelist me WHERE me.session_id = s.id AND me.user_id = ${user})`;
  const ownSubmitted = `EXISTS (SELECT 1 FROM scorecard mine
      WHERE mine.session_id = s.id AND mine.interviewer_id = ${user} AND mine.status = 'SUBMITTED')`;
  const everyRequiredSubmitted = `NOT EXISTS (SELECT 1 FROM session_panelist p
      WHERE p.session_id = s.id AND p.role <> 'SHADOW'
        AND NOT EXISTS (SELECT 1 FROM scorecard o
          WHERE o.session_id = s.id AND o.interviewer_id = p.user_id AND o.status = 'SUBMITTED'))`;

  // Coordinators off the panel see submitted scorecards; anyone on the panel
  // (coordinators included) first submits their own, and under simultaneous
  // reveal also waits for the whole panel or the deadline.
  return `((NOT ${onPanel} AND ${coordinator}::boolean)
    OR (${ownSubmitted} AND (t.scorecard_reveal = 'AFTER_OWN_SUBMISSION' OR s.reveal_at <= now() OR ${everyRequiredSubmitted})))`;
}

/** Whether the scorecard `sc` may be read: your own always, others' once submitted and revealed to you. */
export function scorecardVisible(user: string, coordinator: string): string {
  return `(sc.interviewer_id = ${user} OR (sc.status = 'SUBMITTED' AND ${panelScorecardsRevealed(user, coordinator)}))`;
}
