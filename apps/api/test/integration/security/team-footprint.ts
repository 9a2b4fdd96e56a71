import type { DataSource } from 'typeorm';

// How a row of each table belongs to a team, by the first column that ties it to one.
const OWNERS: [column: string, scope: string][] = [
  ['team_id', '$1'],
  ['session_id', 'SELECT id FROM interview_session WHERE team_id = $1'],
  ['scorecard_id', 'SELECT id FROM scorecard WHERE team_id = $1'],
  ['kit_id', 'SELECT id FROM interview_kit WHERE team_id = $1'],
  ['rubric_id', 'SELECT id FROM rubric WHERE team_id = $1'],
  ['question_id', 'SELECT id FROM question WHERE team_id = $1'],
  ['user_id', 'SELECT user_id FROM membership WHERE team_id = $1'],
  ['request_id', 'SELECT id FROM scheduling_request WHERE team_id = $1'],
];
const BY_TABLE: Record<string, string> = {
  team: 'id = $1',
  app_user: 'id IN (SELECT user_id FROM membership WHERE team_id = $1)',
};
// Not a team's record: throttling keys are an email or an address; the migrations log is the schema's.
const UNSCOPED = new Set(['login_throttle', 'typeorm_migration']);

export type TeamFootprint = {
  /** Per table, a digest of the team's rows. */
  digests: Record<string, string>;
  /** Every UUID stored in the team's rows: none may reach another team. */
  ids: Set<string>;
};

async function scopes(dataSource: DataSource): Promise<Record<string, string>> {
  const rows: { table_name: string; columns: string[] }[] = await dataSource.query(
    `SELECT table_name, array_agg(column_name::text) AS columns FROM information_schema.columns
      WHERE table_schema = 'public' GROUP BY table_name ORDER BY table_name`,
  );
  const found: Record<string, string> = {};
  for (const { table_name: table, columns } of rows) {
    if (UNSCOPED.has(table)) {
      continue;
    }
    const owner = OWNERS.find(([column]) => columns.includes(column));
    const where = BY_TABLE[table] ?? (owner ? `${owner[0]} IN (${owner[1]})` : null);
    if (!where) {
      throw new Error(`Table ${table} has no team scope: add it to team-footprint.ts`);
    }
    found[table] = where.replace('IN ($1)', '= $1');
  }

  return found;
}

/** The team's rows in every table, read straight from the database. */
export async function teamFootprint(dataSource: DataSource, teamId: string): Promise<TeamFootprint> {
  const digests: Record<string, string> = {};
  const ids = new Set<string>();
  for (const [table, where] of Object.entries(await scopes(dataSource))) {
    const rows: { row: string }[] = await dataSource.query(`SELECT t::text AS row FROM "${table}" t WHERE ${where} ORDER BY 1`, [teamId]);
    const [digest]: { md5: string }[] = await dataSource.query(`SELECT md5($1)`, [rows.map((entry) => entry.row).join('\n')]);
    digests[table] = `${rows.length}:${digest?.md5 ?? ''}`;
    for (const { row } of rows) {
      for (const id of row.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []) {
        ids.add(id);
      }
    }
  }

  return { digests, ids };
}
