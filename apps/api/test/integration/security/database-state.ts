import type { DataSource } from 'typeorm';

/** Per table of the public schema: its row count and a digest of its rows, read straight from the database. */
export async function databaseFingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const parts = tables.map(
    ({ name }) =>
      `SELECT '${name}' AS name, count(*)::int || ':' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS digest FROM "${name}" t`,
  );
  const rows: { name: string; digest: string }[] = await dataSource.query(parts.join(' UNION ALL '));

  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((table) => before[table] !== after[table]).sort();
}

/**
 * Rules the stored data must satisfy whatever the API was sent: each query
 * lists the rows that break one (DESIGN.md "Rules the server enforces" and the
 * migrations' intent where no constraint states it).
 */
export const CONSISTENCY_CHECKS: Record<string, string> = {
  'a panelist is a member of the session\u2019s team': `
    SELECT p.id FROM session_panelist p JOIN interview_session s ON s.id = p.session_id
     WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.team_id = s.team_id AND m.user_id = p.user_id)`,
  'a session\u2019s candidate and kit belong to its team': `
    SELECT s.id FROM interview_session s JOIN candidate c ON c.id = s.candidate_id JOIN interview_kit k ON k.id = s.kit_id
     WHERE c.team_id <> s.team_id OR k.team_id <> s.team_id`,
  'an active session has exactly one lead': `
    SELECT s.id FROM interview_session s
     WHERE s.status IN ('SCHEDULED', 'IN_PROGRESS')
       AND (SELECT count(*) FROM session_panelist p WHERE p.session_id = s.id AND p.role = 'LEAD') <> 1`,
  'a session lasts 15 to 480 minutes': `
    SELECT id FROM interview_session WHERE ends_at - starts_at NOT BETWEEN interval '15 minutes' AND interval '480 minutes'`,
  // A completed session keeps its time booked; a cancelled or missed one frees it.
  'a panelist\u2019s booking is the session\u2019s time, held while the session is to run or running': `
    SELECT p.id FROM session_panelist p JOIN interview_session s ON s.id = p.session_id
     WHERE p.period <> tstzrange(s.starts_at, s.ends_at, '[)')
        OR (s.status IN ('SCHEDULED', 'IN_PROGRESS') AND NOT p.is_active)
        OR (s.status IN ('CANCELLED', 'NO_SHOW') AND p.is_active)`,
  'no interviewer holds two overlapping active sessions': `
    SELECT a.id FROM session_panelist a JOIN session_panelist b
        ON a.user_id = b.user_id AND a.id < b.id AND a.is_active AND b.is_active AND a.period && b.period`,
  'a session\u2019s plan holds its team\u2019s questions at one of their revisions': `
    SELECT sq.id FROM session_question sq JOIN interview_session s ON s.id = sq.session_id
      JOIN question q ON q.id = sq.question_id JOIN question_revision r ON r.id = sq.revision_id
     WHERE q.team_id <> s.team_id OR r.question_id <> sq.question_id`,
  'a kit\u2019s rubric and questions belong to its team': `
    SELECT k.id FROM interview_kit k JOIN rubric r ON r.id = k.rubric_id WHERE r.team_id <> k.team_id
    UNION ALL
    SELECT i.kit_id FROM interview_kit_item i JOIN interview_kit k ON k.id = i.kit_id JOIN question q ON q.id = i.question_id
     WHERE q.team_id <> k.team_id`,
  'a kit holds a question once, at positions 0..n-1': `
    SELECT kit_id FROM interview_kit_item GROUP BY kit_id
    HAVING count(DISTINCT question_id) <> count(*) OR min(position) <> 0 OR max(position) <> count(*) - 1`,
  'a rubric\u2019s versions run 1..version without gaps': `
    SELECT r.id FROM rubric r LEFT JOIN rubric_version v ON v.rubric_id = r.id GROUP BY r.id, r.version
    HAVING count(v.id) <> r.version OR min(v.version) <> 1 OR max(v.version) <> r.version`,
  'a rubric version\u2019s scale has distinct levels': `
    SELECT v.id FROM rubric_version v
     WHERE (SELECT count(DISTINCT s->>'level') FROM jsonb_array_elements(v.scale) s) <> jsonb_array_length(v.scale)
        OR jsonb_array_length(v.scale) < 2`,
  'a scorecard belongs to its session\u2019s team and to one of its panelists, on a rubric of that team': `
    SELECT sc.id FROM scorecard sc JOIN interview_session s ON s.id = sc.session_id
      JOIN rubric_version v ON v.id = sc.rubric_version_id JOIN rubric r ON r.id = v.rubric_id
     WHERE sc.team_id <> s.team_id OR r.team_id <> s.team_id
        OR NOT EXISTS (SELECT 1 FROM session_panelist p WHERE p.session_id = sc.session_id AND p.user_id = sc.interviewer_id)`,
  'a competency rating is on the scale and on the rubric, level or not assessed': `
    SELECT sr.scorecard_id FROM scorecard_rating sr JOIN scorecard sc ON sc.id = sr.scorecard_id
      JOIN rubric_version v ON v.id = sc.rubric_version_id
     WHERE (sr.level IS NOT NULL AND NOT EXISTS (
              SELECT 1 FROM jsonb_array_elements(v.scale) s WHERE (s->>'level')::int = sr.level))
        OR NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v.competencies) c WHERE c->>'id' = sr.competency_id)
        OR (sr.level IS NOT NULL AND sr.not_assessed)`,
  'a question rating is on the scale, for a question of the scorecard\u2019s session': `
    SELECT qr.scorecard_id FROM scorecard_question_rating qr JOIN scorecard sc ON sc.id = qr.scorecard_id
      JOIN rubric_version v ON v.id = sc.rubric_version_id JOIN session_question sq ON sq.id = qr.session_question_id
     WHERE sq.session_id <> sc.session_id
        OR NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v.scale) s WHERE (s->>'level')::int = qr.level)`,
  'a submitted scorecard has a recommendation and every competency rated or not assessed': `
    SELECT sc.id FROM scorecard sc JOIN rubric_version v ON v.id = sc.rubric_version_id
     WHERE sc.status = 'SUBMITTED'
       AND (sc.recommendation IS NULL OR EXISTS (
             SELECT 1 FROM jsonb_array_elements(v.competencies) c
              WHERE NOT EXISTS (SELECT 1 FROM scorecard_rating sr
                                 WHERE sr.scorecard_id = sc.id AND sr.competency_id = c->>'id'
                                   AND (sr.level IS NOT NULL OR sr.not_assessed))))`,
  'a note is its author\u2019s, a panelist of the session, on a question of that session': `
    SELECT n.id FROM session_note n LEFT JOIN session_question sq ON sq.id = n.session_question_id
     WHERE (n.session_question_id IS NOT NULL AND sq.session_id <> n.session_id)
        OR NOT EXISTS (SELECT 1 FROM session_panelist p WHERE p.session_id = n.session_id AND p.user_id = n.interviewer_id)`,
  'a debrief decision is about a candidate of its team': `
    SELECT d.id FROM debrief_decision d JOIN candidate c ON c.id = d.candidate_id WHERE c.team_id <> d.team_id`,
  'an invite and a notification belong to a team their people are in': `
    SELECT i.id FROM invite i
     WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.team_id = i.team_id AND m.user_id = i.invited_by_id)
    UNION ALL
    SELECT n.id FROM notification n
     WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.team_id = n.team_id AND m.user_id = n.user_id)`,
  'availability stays in range: buffer 0..240 min, caps not negative': `
    SELECT user_id FROM availability
     WHERE buffer_minutes NOT BETWEEN 0 AND 240 OR daily_cap < 0 OR weekly_cap < 0`,
  'team settings stay in the ranges the API accepts': `
    SELECT id FROM team
     WHERE scorecard_due_hours NOT BETWEEN 1 AND 720 OR reminder_after_hours NOT BETWEEN 1 AND 720
        OR escalate_after_hours NOT BETWEEN 1 AND 1440 OR min_reschedule_notice_hours NOT BETWEEN 0 AND 720
        OR max_reschedules NOT BETWEEN 0 AND 100`,
  'versions and counters are positive': `
    SELECT id FROM interview_session WHERE version < 1 OR reschedule_count < 0 OR sequence < 0
    UNION ALL SELECT id FROM candidate WHERE version < 1
    UNION ALL SELECT id FROM interview_kit WHERE version < 1
    UNION ALL SELECT id FROM rubric WHERE version < 1
    UNION ALL SELECT id FROM scorecard WHERE version < 1
    UNION ALL SELECT id FROM session_note WHERE version < 1
    UNION ALL SELECT user_id FROM availability WHERE version < 1`,
};

/** The checks that found rows breaking their rule, with up to five of those rows. */
export async function consistencyViolations(database: Pick<DataSource, 'query'>): Promise<Record<string, unknown[]>> {
  const violations: Record<string, unknown[]> = {};
  for (const [rule, sql] of Object.entries(CONSISTENCY_CHECKS)) {
    const rows: unknown[] = await database.query(`SELECT * FROM (${sql}) violation LIMIT 5`);
    if (rows.length) {
      violations[rule] = rows;
    }
  }

  return violations;
}

const VERSIONED = ['interview_session', 'candidate', 'interview_kit', 'rubric', 'scorecard', 'session_note'];

/** The version of every versioned record, keyed `table:id`. */
export async function recordVersions(dataSource: DataSource): Promise<Map<string, number>> {
  const parts = [
    ...VERSIONED.map((table) => `SELECT '${table}:' || id AS key, version FROM "${table}"`),
    `SELECT 'availability:' || user_id AS key, version FROM availability`,
  ];
  const rows: { key: string; version: number }[] = await dataSource.query(parts.join(' UNION ALL '));

  return new Map(rows.map((row) => [row.key, row.version]));
}

/** Records whose version went down (deleted records are not counted). */
export function versionRegressions(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...before].filter(([key, version]) => (after.get(key) ?? Infinity) < version).map(([key, version]) => `${key} ${version} → ${after.get(key)}`);
}
