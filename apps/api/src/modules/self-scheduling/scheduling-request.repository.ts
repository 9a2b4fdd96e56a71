import type { EntityManager } from 'typeorm';

import { createSecretToken, hashSecretToken } from '@api/core/auth/secret-token';
import type { SqlRunner } from '@api/core/database/sql-runner';
import { updateReturning } from '@api/core/database/update-returning';
import { type UserJson, userJson } from '@api/core/database/user-json';

import type { RequestedPanelist } from './scheduling-request.entity';

export type NewSchedulingRequest = {
  teamId: string;
  candidateId: string;
  kitId: string;
  durationMinutes: number;
  panel: RequestedPanelist[];
  poolIds: string[];
  poolCount: number;
  windowStart: Date;
  windowEnd: Date;
  minimumNoticeMinutes: number;
  location: string;
  candidateTimeZone: string;
  expiresAt: Date;
  createdById: string;
};

/** A request with what its page, its emails and its coordinator need, in one row. */
export type RequestRow = {
  id: string;
  team_id: string;
  candidate_id: string;
  kit_id: string;
  duration_minutes: number;
  panel: RequestedPanelist[];
  pool_ids: string[];
  pool_count: number;
  window_start: Date;
  window_end: Date;
  minimum_notice_minutes: number;
  location: string;
  candidate_time_zone: string;
  expires_at: Date;
  session_id: string | null;
  send_count: number;
  sent_at: Date;
  opened_at: Date | null;
  booked_at: Date | null;
  revoked_at: Date | null;
  created_by_id: string | null;
  created_by_name: string | null;
  created_at: Date;
  team_name: string;
  min_reschedule_notice_hours: number;
  max_reschedules: number;
  kit_name: string;
  candidate_name: string;
  candidate_email: string | null;
  candidate_anonymised_at: Date | null;
  session_status: string | null;
  session_starts_at: Date | null;
  session_ends_at: Date | null;
  session_location: string | null;
  session_sequence: number | null;
  session_version: number | null;
  session_reschedule_count: number | null;
};

const SELECT_REQUEST = `
  SELECT r.id, r.team_id, r.candidate_id, r.kit_id, r.duration_minutes, r.panel, r.pool_ids, r.pool_count,
         r.window_start, r.window_end, r.minimum_notice_minutes, r.location, r.candidate_time_zone, r.expires_at,
         r.session_id, r.send_count, r.sent_at, r.opened_at, r.booked_at, r.revoked_at, r.created_by_id, r.created_at,
         cb.name AS created_by_name,
         t.name AS team_name, t.min_reschedule_notice_hours, t.max_reschedules,
         k.name AS kit_name, c.name AS candidate_name, c.email AS candidate_email, c.anonymised_at AS candidate_anonymised_at,
         s.status AS session_status, s.starts_at AS session_starts_at, s.ends_at AS session_ends_at, s.location AS session_location,
         s.sequence AS session_sequence, s.version AS session_version, s.reschedule_count AS session_reschedule_count
    FROM scheduling_request r
    JOIN team t ON t.id = r.team_id
    JOIN interview_kit k ON k.id = r.kit_id
    JOIN candidate c ON c.id = r.candidate_id
    LEFT JOIN app_user cb ON cb.id = r.created_by_id
    LEFT JOIN interview_session s ON s.id = r.session_id`;

/** The scheduling_request and scheduling_link tables' SQL. */
export const schedulingRequestRepository = {
  async insert(
    manager: EntityManager,
    request: NewSchedulingRequest,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO scheduling_request
         (team_id, candidate_id, kit_id, duration_minutes, panel, pool_ids, pool_count, window_start, window_end,
          minimum_notice_minutes, location, candidate_time_zone, expires_at, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       RETURNING id`,
      [
        request.teamId,
        request.candidateId,
        request.kitId,
        request.durationMinutes,
        JSON.stringify(request.panel),
        request.poolIds,
        request.poolCount,
        request.windowStart,
        request.windowEnd,
        request.minimumNoticeMinutes,
        request.location,
        request.candidateTimeZone,
        request.expiresAt,
        request.createdById,
      ],
    );

    return row.id;
  },

  /** A new secret for the request; the returned token is never stored. */
  async createLink(manager: EntityManager, requestId: string): Promise<string> {
    const { token, tokenHash } = createSecretToken();
    await manager.query(
      `INSERT INTO scheduling_link (token_hash, request_id) VALUES ($1, $2)`,
      [tokenHash, requestId],
    );

    return token;
  },

  /** The request a secret belongs to; `lock` holds the request row until the transaction ends. */
  async findByToken(
    db: SqlRunner,
    token: string,
    lock = false,
  ): Promise<RequestRow | null> {
    const rows: RequestRow[] = await db.query(
      `${SELECT_REQUEST}
        WHERE r.id = (SELECT l.request_id FROM scheduling_link l WHERE l.token_hash = $1)
        ${lock ? 'FOR UPDATE OF r' : ''}`,
      [hashSecretToken(token)],
    );

    return rows[0] ?? null;
  },

  async findForTeam(
    db: SqlRunner,
    teamId: string,
    id: string,
  ): Promise<RequestRow | null> {
    const rows: RequestRow[] = await db.query(
      `${SELECT_REQUEST} WHERE r.team_id = $1 AND r.id = $2`,
      [teamId, id],
    );

    return rows[0] ?? null;
  },

  /** A session's request, if the candidate booked it through a link. */
  async findForSession(
    db: SqlRunner,
    sessionId: string,
  ): Promise<RequestRow | null> {
    const rows: RequestRow[] = await db.query(
      `${SELECT_REQUEST} WHERE r.session_id = $1`,
      [sessionId],
    );

    return rows[0] ?? null;
  },

  listForCandidate(
    db: SqlRunner,
    teamId: string,
    candidateId: string,
  ): Promise<RequestRow[]> {
    return db.query(
      `${SELECT_REQUEST} WHERE r.team_id = $1 AND r.candidate_id = $2 ORDER BY r.created_at DESC, r.id`,
      [teamId, candidateId],
    );
  },

  /** The people named by requests, by id, in the shape of the user JSON. */
  async users(db: SqlRunner, ids: string[]): Promise<Map<string, UserJson>> {
    if (!ids.length) {
      return new Map();
    }
    const rows: { user: UserJson }[] = await db.query(
      `SELECT ${userJson()} AS "user" FROM app_user u WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );

    return new Map(rows.map((row) => [row.user.id, row.user]));
  },

  async markOpened(db: SqlRunner, id: string): Promise<void> {
    await db.query(
      `UPDATE scheduling_request SET opened_at = now() WHERE id = $1 AND opened_at IS NULL`,
      [id],
    );
  },

  async markBooked(
    db: SqlRunner,
    id: string,
    sessionId: string,
    timeZone: string,
  ): Promise<void> {
    await db.query(
      `UPDATE scheduling_request SET session_id = $2, booked_at = now(), candidate_time_zone = $3, opened_at = coalesce(opened_at, now())
        WHERE id = $1`,
      [id, sessionId, timeZone],
    );
  },

  async setTimeZone(
    db: SqlRunner,
    id: string,
    timeZone: string,
  ): Promise<void> {
    await db.query(
      `UPDATE scheduling_request SET candidate_time_zone = $2 WHERE id = $1`,
      [id, timeZone],
    );
  },

  async markSent(db: SqlRunner, id: string): Promise<void> {
    await db.query(
      `UPDATE scheduling_request SET send_count = send_count + 1, sent_at = now() WHERE id = $1`,
      [id],
    );
  },

  /** Revokes the request and with it every link; false when it was already revoked. */
  async revoke(
    manager: EntityManager,
    teamId: string,
    id: string,
  ): Promise<boolean> {
    const rows = await updateReturning(
      manager,
      `UPDATE scheduling_request SET revoked_at = now() WHERE team_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING id`,
      [teamId, id],
    );

    return rows.length > 0;
  },

  /**
   * Claims the 24-hour reminders now due, once per booked time (the session's
   * SEQUENCE): sessions starting within a day that were booked more than a day ahead.
   */
  async claimDueReminders(
    manager: EntityManager,
  ): Promise<{ id: string; session_id: string }[]> {
    return updateReturning(
      manager,
      `UPDATE scheduling_request r SET reminded_sequence = s.sequence
         FROM interview_session s
        WHERE s.id = r.session_id AND s.status = 'SCHEDULED' AND r.revoked_at IS NULL
          AND s.starts_at > now() AND s.starts_at <= now() + interval '24 hours'
          AND r.booked_at <= s.starts_at - interval '24 hours'
          AND r.reminded_sequence IS DISTINCT FROM s.sequence
        RETURNING r.id, r.session_id`,
      [],
    );
  },
};
