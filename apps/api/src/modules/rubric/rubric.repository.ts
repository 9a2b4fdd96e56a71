import type { EntityManager } from 'typeorm';

import type { Competency, ScaleLevel } from './rubric.types';

/** What a scorecard is scored against: one version of a rubric. */
export type RubricVersionRow = { id: string; scale: ScaleLevel[]; competencies: Competency[] };

/** Rubric versions other modules score against, inside their own transaction. */
export const rubricRepository = {
  async latestVersion(manager: EntityManager, rubricId: string): Promise<RubricVersionRow | null> {
    const [row]: RubricVersionRow[] = await manager.query(
      `SELECT id, scale, competencies FROM rubric_version WHERE rubric_id = $1 ORDER BY version DESC LIMIT 1`,
      [rubricId],
    );

    return row ?? null;
  },

  async version(manager: EntityManager, versionId: string): Promise<RubricVersionRow | null> {
    const [row]: RubricVersionRow[] = await manager.query(`SELECT id, scale, competencies FROM rubric_version WHERE id = $1`, [versionId]);

    return row ?? null;
  },
};
