import type { DataSource, EntityManager } from 'typeorm';

import { kindNameOf } from '@panelwise/guide-parser';

import type { RubricModel } from './dto/rubric.model';
import type { Competency, ScaleLevel } from './rubric.types';

type RubricRow = {
  id: string;
  name: string;
  description: string;
  default_for_kind: string | null;
  version: number;
  version_id: string;
  scale: ScaleLevel[];
  competencies: Competency[];
  updated_at: Date;
  kit_id?: string;
};

/** Rubrics at their latest version; `where` filters `r` (rubric) and may join `k` (interview_kit); $1 is the team. */
export async function loadRubrics(
  db: DataSource | EntityManager,
  teamId: string,
  where: string,
  params: unknown[] = [],
  { byKit = false }: { byKit?: boolean } = {},
): Promise<(RubricModel & { kitId?: string })[]> {
  const rows: RubricRow[] = await db.query(
    `SELECT r.id, r.name, r.description, r.default_for_kind, r.version, v.id AS version_id, v.scale, v.competencies, r.updated_at
            ${byKit ? ', k.id AS kit_id' : ''}
       FROM rubric r JOIN rubric_version v ON v.rubric_id = r.id AND v.version = r.version
       ${byKit ? 'JOIN interview_kit k ON k.rubric_id = r.id' : ''}
      WHERE r.team_id = $1 AND (${where})
      ORDER BY r.name`,
    [teamId, ...params],
  );

  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    defaultForKind: row.default_for_kind,
    defaultForKindName: row.default_for_kind === null ? null : kindNameOf(row.default_for_kind),
    version: row.version,
    versionId: row.version_id,
    scale: row.scale,
    competencies: row.competencies,
    updatedAt: row.updated_at,
    ...(row.kit_id ? { kitId: row.kit_id } : {}),
  }));
}
