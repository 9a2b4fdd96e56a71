import type { DataSource } from 'typeorm';

import { AuditService } from '@api/core/audit/audit.service';
import { GuideImportService } from '@api/modules/guide/guide-import.service';
import { generateGuide } from '@api-bench/guide-generator';

import { PhaseProgress } from './bulk-insert';
import type { BankQuestion } from './scale-world';

const QUESTIONS_PER_GUIDE = 8;
/** Tables whose ids the importer leaves to their column default. */
const IMPORTED_TABLES = ['guide', 'question', 'question_revision', 'audit_event'] as const;

/**
 * The importer takes ids from column defaults (gen_random_uuid()). For the
 * same seed to give the same ids, the defaults draw from a seeded sequence
 * while the guides import one after the other, and are put back afterwards.
 */
async function withSeededDefaults<T>(dataSource: DataSource, seed: number, work: () => Promise<T>): Promise<T> {
  await dataSource.query(`CREATE SEQUENCE scale_import_id_seq`);
  await dataSource.query(`
    CREATE FUNCTION scale_import_uuid(salt text) RETURNS uuid LANGUAGE sql VOLATILE AS $$
      SELECT overlay(overlay(md5(salt || ':' || nextval('scale_import_id_seq')) placing '4' from 13) placing '8' from 17)::uuid
    $$`);
  try {
    for (const table of IMPORTED_TABLES) {
      await dataSource.query(`ALTER TABLE "${table}" ALTER COLUMN id SET DEFAULT scale_import_uuid('${Math.trunc(seed)}:${table}')`);
    }

    return await work();
  } finally {
    for (const table of IMPORTED_TABLES) {
      await dataSource.query(`ALTER TABLE "${table}" ALTER COLUMN id SET DEFAULT gen_random_uuid()`);
    }
    await dataSource.query(`DROP FUNCTION scale_import_uuid(text)`);
    await dataSource.query(`DROP SEQUENCE scale_import_id_seq`);
  }
}

/**
 * Imports generated guides through the project's own importer (parser, revisions,
 * search vectors, search index), then dates them from the team's first days.
 */
export async function importGuides(
  dataSource: DataSource,
  seed: number,
  guides: number,
  actor: { teamId: string; userId: string },
  importedFrom: Date,
): Promise<BankQuestion[]> {
  const importer = new GuideImportService(dataSource, new AuditService());
  const progress = new PhaseProgress('guides (project import)', guides);
  await withSeededDefaults(dataSource, seed, async () => {
    for (let index = 0; index < guides; index += 1) {
      const result = await importer.importOne(actor, generateGuide(seed, index, QUESTIONS_PER_GUIDE), false);
      if (result.status !== 'CREATED') {
        throw new Error(`Generated guide ${index} was not created: ${result.status} ${result.error?.message ?? ''}`);
      }
      progress.add(1);
    }
  });
  progress.finish();
  // The bank was imported in the team's first days, a guide every two minutes.
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `WITH ranked AS (SELECT id, $2::timestamptz + (row_number() OVER (ORDER BY id)) * interval '2 minutes' AS at FROM guide WHERE team_id = $1)
       UPDATE guide g SET imported_at = r.at, created_at = r.at, updated_at = r.at FROM ranked r WHERE r.id = g.id`,
      [actor.teamId, importedFrom],
    );
    await manager.query(`UPDATE question q SET created_at = g.imported_at FROM guide g WHERE g.id = q.guide_id AND g.team_id = $1`, [actor.teamId]);
    await manager.query(
      `UPDATE question_revision r SET created_at = q.created_at FROM question q WHERE q.id = r.question_id AND q.team_id = $1`,
      [actor.teamId],
    );
    await manager.query(
      `UPDATE audit_event e SET at = g.imported_at FROM guide g WHERE e.record_id = g.id AND e.action = 'guide.imported' AND g.team_id = $1`,
      [actor.teamId],
    );
  });
  const rows: { id: string; revision_id: string; kind_key: string; follow_ups: number }[] = await dataSource.query(
    `SELECT q.id, q.current_revision_id AS revision_id, q.kind_key, jsonb_array_length(r.follow_ups)::int AS follow_ups
       FROM question q JOIN question_revision r ON r.id = q.current_revision_id
      WHERE q.team_id = $1 AND q.retired_at IS NULL ORDER BY q.id`,
    [actor.teamId],
  );
  if (rows.length !== guides * QUESTIONS_PER_GUIDE) {
    throw new Error(`Expected ${guides * QUESTIONS_PER_GUIDE} questions, the bank has ${rows.length}`);
  }

  return rows.map((row) => ({ id: row.id, revisionId: row.revision_id, kindKey: row.kind_key, followUpCount: row.follow_ups }));
}
