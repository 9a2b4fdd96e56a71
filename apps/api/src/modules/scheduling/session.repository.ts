import type { EntityManager } from 'typeorm';

/** Session rows other modules act on, inside their own transaction. */
export const sessionRepository = {
  /** Serialises writers of one session (e.g. scorecard submissions) until the transaction ends. */
  async lock(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`SELECT id FROM interview_session WHERE id = $1 FOR UPDATE`, [sessionId]);
  },

  /** Who owes a scorecard (leads and co-interviewers, not shadows), and whom the session is with. */
  async scoringPanel(manager: EntityManager, sessionId: string): Promise<{ userIds: string[]; candidateId: string } | null> {
    const rows: { user_id: string; candidate_id: string }[] = await manager.query(
      `SELECT p.user_id, s.candidate_id
         FROM session_panelist p JOIN interview_session s ON s.id = p.session_id
        WHERE p.session_id = $1 AND p.role <> 'SHADOW'`,
      [sessionId],
    );

    return rows.length ? { userIds: rows.map((row) => row.user_id), candidateId: rows[0].candidate_id } : null;
  },

  /** Everyone on the session's panel, in a stable order. */
  async panelUserIds(manager: EntityManager, sessionId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(`SELECT user_id FROM session_panelist WHERE session_id = $1 ORDER BY user_id`, [sessionId]);

    return rows.map((row) => row.user_id);
  },

  async setRevealAt(manager: EntityManager, sessionId: string, revealAt: Date | null): Promise<void> {
    await manager.query(`UPDATE interview_session SET reveal_at = $1, updated_at = now() WHERE id = $2`, [revealAt, sessionId]);
  },

  /** Which of `questionIds` are questions of the session's plan. */
  async planQuestionIds(manager: EntityManager, sessionId: string, questionIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM session_question WHERE session_id = $1 AND id = ANY($2::uuid[])`, [
      sessionId,
      questionIds,
    ]);

    return new Set(rows.map((row) => row.id));
  },
};
