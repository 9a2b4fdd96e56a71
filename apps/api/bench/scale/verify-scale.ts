import type { DataSource } from 'typeorm';

import type { ScaleDataset } from './scale-dataset';

export type IntegrityCheck = { name: string; violations: number };

/** Each query counts rows breaking one rule the generated data must keep; every count must be 0. */
const CHECKS: { name: string; sql: string }[] = [
  {
    name: 'competency ratings are levels of their rubric version\u2019s scale',
    sql: `SELECT count(*) FROM scorecard_rating r JOIN scorecard sc ON sc.id = r.scorecard_id JOIN rubric_version rv ON rv.id = sc.rubric_version_id
           WHERE r.level IS NOT NULL AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(rv.scale) s WHERE (s->>'level')::int = r.level)`,
  },
  {
    name: 'question ratings are levels of the scorecard\u2019s scale',
    sql: `SELECT count(*) FROM scorecard_question_rating r JOIN scorecard sc ON sc.id = r.scorecard_id JOIN rubric_version rv ON rv.id = sc.rubric_version_id
           WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(rv.scale) s WHERE (s->>'level')::int = r.level)`,
  },
  {
    name: 'ratings name competencies of their rubric version',
    sql: `SELECT count(*) FROM scorecard_rating r JOIN scorecard sc ON sc.id = r.scorecard_id JOIN rubric_version rv ON rv.id = sc.rubric_version_id
           WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(rv.competencies) c WHERE c->>'id' = r.competency_id)`,
  },
  {
    name: 'submitted scorecards rate (or mark not assessed) every competency and recommend',
    sql: `SELECT count(*) FROM scorecard sc JOIN rubric_version rv ON rv.id = sc.rubric_version_id, jsonb_array_elements(rv.competencies) c
           WHERE sc.status = 'SUBMITTED' AND (sc.recommendation IS NULL OR NOT EXISTS (SELECT 1 FROM scorecard_rating r
             WHERE r.scorecard_id = sc.id AND r.competency_id = c->>'id' AND (r.level IS NOT NULL OR r.not_assessed)))`,
  },
  {
    name: 'extreme levels carry evidence (except candidates deleted on request)',
    sql: `SELECT count(*) FROM scorecard_rating r JOIN scorecard sc ON sc.id = r.scorecard_id JOIN rubric_version rv ON rv.id = sc.rubric_version_id
           JOIN interview_session s ON s.id = sc.session_id JOIN candidate c ON c.id = s.candidate_id
           WHERE sc.status = 'SUBMITTED' AND c.anonymised_at IS NULL AND btrim(r.evidence) = ''
             AND (r.level = (SELECT min((x->>'level')::int) FROM jsonb_array_elements(rv.scale) x)
               OR r.level = (SELECT max((x->>'level')::int) FROM jsonb_array_elements(rv.scale) x))`,
  },
  {
    name: 'scorecards belong to completed sessions and a lead or co-interviewer of them',
    sql: `SELECT count(*) FROM scorecard sc JOIN interview_session s ON s.id = sc.session_id
           LEFT JOIN session_panelist p ON p.session_id = sc.session_id AND p.user_id = sc.interviewer_id AND p.role <> 'SHADOW'
           WHERE s.status <> 'COMPLETED' OR p.id IS NULL OR sc.team_id <> s.team_id`,
  },
  {
    name: 'submissions follow the end of the session and precede now',
    sql: `SELECT count(*) FROM scorecard sc JOIN interview_session s ON s.id = sc.session_id
           WHERE sc.submitted_at < s.completed_at OR sc.submitted_at > now() OR sc.created_at > coalesce(sc.submitted_at, now())`,
  },
  {
    name: 'no interviewer holds two overlapping sessions (active or not)',
    sql: `SELECT count(*) FROM (SELECT lower(period) AS starts, lag(upper(period)) OVER (PARTITION BY user_id ORDER BY lower(period)) AS previous_end
           FROM session_panelist) p WHERE p.previous_end > p.starts`,
  },
  {
    name: 'panel periods match their session and cancelled or no-show panels are inactive',
    sql: `SELECT count(*) FROM session_panelist p JOIN interview_session s ON s.id = p.session_id
           WHERE p.period <> tstzrange(s.starts_at, s.ends_at, '[)') OR p.is_active <> (s.status NOT IN ('CANCELLED', 'NO_SHOW'))`,
  },
  {
    name: 'each session has one lead',
    sql: `SELECT count(*) FROM interview_session s WHERE (SELECT count(*) FROM session_panelist p WHERE p.session_id = s.id AND p.role = 'LEAD') <> 1`,
  },
  {
    name: 'plans hold their kit\u2019s questions at the booked revision, in kit order',
    sql: `SELECT count(*) FROM interview_kit_item i JOIN interview_session s ON s.kit_id = i.kit_id JOIN question q ON q.id = i.question_id
           LEFT JOIN session_question sq ON sq.session_id = s.id AND sq.question_id = i.question_id AND sq.position = i.position AND sq.revision_id = q.current_revision_id
           WHERE sq.id IS NULL`,
  },
  {
    name: 'statuses agree with their timestamps',
    sql: `SELECT count(*) FROM interview_session s WHERE (s.status = 'COMPLETED') <> (s.completed_at IS NOT NULL)
           OR (s.status IN ('COMPLETED', 'IN_PROGRESS')) <> (s.started_at IS NOT NULL)
           OR (s.status IN ('COMPLETED', 'NO_SHOW') AND s.starts_at > now())
           OR (s.status = 'SCHEDULED' AND s.ends_at < now())`,
  },
  {
    name: 'questions are asked only in sessions that started',
    sql: `SELECT count(*) FROM session_question sq JOIN interview_session s ON s.id = sq.session_id
           WHERE sq.asked_at IS NOT NULL AND (s.started_at IS NULL OR sq.asked_at < s.started_at)`,
  },
  {
    name: 'note follow-ups point at the question\u2019s follow-up points',
    sql: `SELECT count(*) FROM session_note n JOIN session_question sq ON sq.id = n.session_question_id JOIN question_revision r ON r.id = sq.revision_id,
           jsonb_array_elements(n.follow_ups_asked) f WHERE (f #>> '{}')::int >= jsonb_array_length(r.follow_ups)`,
  },
  {
    name: 'every active question has its search row and vectors',
    sql: `SELECT count(*) FROM question q JOIN question_revision r ON r.id = q.current_revision_id LEFT JOIN question_search qs ON qs.question_id = q.id
           WHERE q.retired_at IS NULL AND (qs.question_id IS NULL OR r.search_vector IS NULL)`,
  },
];

/** Runs the integrity queries, then checks the fixtures against the stored rows. */
export async function verifyScaleDataset(dataSource: DataSource, dataset: ScaleDataset): Promise<IntegrityCheck[]> {
  const results: IntegrityCheck[] = [];
  for (const check of CHECKS) {
    const [row] = await dataSource.query<[{ count: string }]>(check.sql);
    results.push({ name: check.name, violations: Number(row.count) });
  }
  const pendingSubmitted: [{ count: string }] = await dataSource.query(
    `SELECT count(*) FROM unnest($1::uuid[], $2::uuid[]) AS p(session_id, user_id)
       JOIN scorecard sc ON sc.session_id = p.session_id AND sc.interviewer_id = p.user_id
      WHERE sc.status = 'SUBMITTED'`,
    [dataset.pendingScorecards.map((pending) => pending.sessionId), dataset.pendingScorecards.map((pending) => pending.interviewerId)],
  );
  results.push({ name: 'pending scorecards are not submitted', violations: Number(pendingSubmitted[0].count) });
  const rooms = [...dataset.roomSessions, dataset.listSizeProbes.room.small, dataset.listSizeProbes.room.large];
  const notOpen: [{ count: string }] = await dataSource.query(
    `SELECT count(*) FROM interview_session s WHERE s.id = ANY($1::uuid[])
        AND NOT ((s.status = 'IN_PROGRESS' AND s.ends_at > now()) OR (s.status = 'SCHEDULED' AND s.starts_at <= now() + interval '30 minutes'))`,
    [rooms.map((room) => room.sessionId)],
  );
  results.push({ name: 'room sessions are open now (running, or starting within 30 minutes)', violations: Number(notOpen[0].count) });

  return results;
}
