import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The publisher's sample guides kept with the parser's fixtures (tests only; the app never reads them). */
export const GUIDE_SAMPLES_DIR = join(process.cwd(), 'libs', 'guide-parser', 'src', '__fixtures__', 'samples');

export function sampleGuide(fileName: string): { fileName: string; text: string } {
  return { fileName, text: readFileSync(join(GUIDE_SAMPLES_DIR, fileName), 'utf8') };
}

export function sampleGuideNames(): string[] {
  return readdirSync(GUIDE_SAMPLES_DIR).filter((name) => name.endsWith('.md'));
}

/** Row counts of every table an import writes, to prove a failure wrote nothing. */
export async function importFootprint(dataSource: { query: (sql: string) => Promise<unknown> }) {
  const rows = (await dataSource.query(
    `SELECT (SELECT count(*) FROM guide)::int AS guides,
            (SELECT count(*) FROM question)::int AS questions,
            (SELECT count(*) FROM question_revision)::int AS revisions,
            (SELECT count(*) FROM audit_event)::int AS audit_events,
            (SELECT coalesce(max(updated_at)::text, '') FROM guide) AS last_guide_update,
            (SELECT count(*) FROM question WHERE retired_at IS NOT NULL)::int AS retired`,
  )) as Record<string, unknown>[];

  return rows[0];
}
