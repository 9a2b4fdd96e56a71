
import type { SqlRunner } from '@api/core/database/sql-runner';

/** Candidate rows other modules read, inside their own transaction. */
export const candidateRepository = {
  async existsInTeam(manager: SqlRunner, teamId: string, candidateId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM candidate WHERE id = $1 AND team_id = $2`, [candidateId, teamId]);

    return rows.length > 0;
  },

  /** The candidate's email while their record is not anonymised; undefined when there is no such candidate in the team. */
  async contactOf(manager: SqlRunner, teamId: string, candidateId: string): Promise<{ email: string | null; anonymised: boolean } | undefined> {
    const [row]: { email: string | null; anonymised_at: Date | null }[] = await manager.query(
      `SELECT email, anonymised_at FROM candidate WHERE id = $1 AND team_id = $2`,
      [candidateId, teamId],
    );

    return row ? { email: row.email, anonymised: row.anonymised_at !== null } : undefined;
  },

  async nameOf(manager: SqlRunner, candidateId: string): Promise<string | null> {
    const [row]: { name: string }[] = await manager.query(`SELECT name FROM candidate WHERE id = $1`, [candidateId]);

    return row?.name ?? null;
  },
};
