import type { EntityManager } from 'typeorm';

import type { SqlRunner } from '@api/core/database/sql-runner';

/** Kit rows other modules read, inside their own transaction. */
export const kitRepository = {
  async existsInTeam(manager: SqlRunner, teamId: string, kitId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM interview_kit WHERE id = $1 AND team_id = $2`, [kitId, teamId]);

    return rows.length > 0;
  },

  async rubricIdOf(manager: EntityManager, kitId: string): Promise<string | null> {
    const [row]: { rubric_id: string }[] = await manager.query(`SELECT rubric_id FROM interview_kit WHERE id = $1`, [kitId]);

    return row?.rubric_id ?? null;
  },
};
