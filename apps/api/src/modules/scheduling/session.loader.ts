import type { DataSource, EntityManager } from 'typeorm';

import type { BookingViolationModel } from './dto/booking.model';
import type { SessionEventModel, SessionModel } from './dto/session.model';
import type { PanelRole, SessionStatus } from '@api/core/session-status';

type SessionRow = {
  id: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  location: string;
  status: SessionStatus;
  started_at: Date | null;
  completed_at: Date | null;
  reveal_at: Date | null;
  reschedule_count: number;
  sequence: number;
  version: number;
  kit_id: string;
  kit_name: string;
  candidate: { id: string; name: string; email: string | null; target_role: string | null; notes: string; version: number; created_at: string; updated_at: string };
  panel: { role: PanelRole; user: { id: string; email: string; name: string; time_zone: string } }[];
  history: { kind: string; reason: string | null; at: string; actor_name: string | null; details: Record<string, unknown> }[];
};

const asDate = (value: unknown) => (typeof value === 'string' ? new Date(value) : null);

/** Loads full sessions (candidate, kit, panel, history) in one query, in start order. */
export async function loadSessions(dataSource: DataSource | EntityManager, teamId: string, where: string, params: unknown[]): Promise<SessionModel[]> {
  const rows: SessionRow[] = await dataSource.query(
    `SELECT s.id, s.starts_at, s.ends_at, s.time_zone, s.location, s.status, s.started_at, s.completed_at, s.reveal_at, s.reschedule_count, s.sequence, s.version,
            k.id AS kit_id, k.name AS kit_name,
            to_jsonb(c) AS candidate,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('role', p.role,
                      'user', jsonb_build_object('id', u.id, 'email', u.email, 'name', u.name, 'time_zone', u.time_zone))
                      ORDER BY p.role, u.name), '[]')
               FROM session_panelist p JOIN app_user u ON u.id = p.user_id WHERE p.session_id = s.id) AS panel,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', e.kind, 'reason', e.reason, 'at', e.at,
                      'actor_name', coalesce(a.name, e.details->>'actorLabel'), 'details', e.details) ORDER BY e.at), '[]')
               FROM session_event e LEFT JOIN app_user a ON a.id = e.actor_id WHERE e.session_id = s.id) AS history
       FROM interview_session s
       JOIN candidate c ON c.id = s.candidate_id
       JOIN interview_kit k ON k.id = s.kit_id
      WHERE s.team_id = $1 AND (${where})
      ORDER BY s.starts_at, s.id`,
    [teamId, ...params],
  );

  return rows.map((row) => ({
    id: row.id,
    candidate: {
      id: row.candidate.id,
      name: row.candidate.name,
      email: row.candidate.email,
      targetRole: row.candidate.target_role,
      notes: row.candidate.notes,
      version: row.candidate.version,
      createdAt: new Date(row.candidate.created_at),
      updatedAt: new Date(row.candidate.updated_at),
    },
    kitId: row.kit_id,
    kitName: row.kit_name,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    location: row.location,
    status: row.status,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    revealAt: row.reveal_at,
    panel: row.panel.map(({ role, user }) => ({ role, user: { id: user.id, email: user.email, name: user.name, timeZone: user.time_zone } })),
    history: row.history.map(
      (event): SessionEventModel => ({
        kind: event.kind,
        reason: event.reason,
        at: new Date(event.at),
        actorName: event.actor_name,
        previousStartsAt: asDate(event.details['previousStartsAt']),
        newStartsAt: asDate(event.details['newStartsAt']),
        overrodePolicy: event.details['overrodePolicy'] === true,
        party: typeof event.details['party'] === 'string' ? event.details['party'] : null,
        overrodeAvailability: event.details['overrodeAvailability'] === true,
        availabilityOverrideReason:
          typeof event.details['availabilityOverrideReason'] === 'string' ? event.details['availabilityOverrideReason'] : null,
        availabilityViolations: Array.isArray(event.details['availabilityViolations'])
          ? (event.details['availabilityViolations'] as BookingViolationModel[])
          : [],
      }),
    ),
    rescheduleCount: row.reschedule_count,
    sequence: row.sequence,
    version: row.version,
  }));
}
