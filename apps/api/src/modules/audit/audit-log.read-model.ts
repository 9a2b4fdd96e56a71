import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';
import { prefixPattern } from '@api/core/database/like-pattern';
import { fromUserJson, type UserJson, userJson } from '@api/core/database/user-json';
import { DomainError } from '@api/core/domain-error';
import { type ConnectionShape, decodeCursor, encodeCursor, toConnection } from '@api/core/graphql/connection';

import type { AuditEventModel, AuditEventsArgs } from '@api/modules/audit/dto/audit-event.model';

type AuditRow = {
  id: string;
  action: string;
  record_type: string;
  record_id: string | null;
  at: Date;
  details: Record<string, unknown>;
  actor: UserJson | null;
  record_name: string | null;
};

/**
 * What a person calls the audited record, read from the team's own rows:
 * null when it was deleted or is of a type without a name.
 */
const RECORD_NAME_SQL = `CASE e.record_type
  WHEN 'candidate' THEN (SELECT c.name FROM candidate c WHERE c.id = e.record_id AND c.team_id = e.team_id)
  WHEN 'session' THEN (SELECT 'Interview with ' || c.name FROM interview_session s JOIN candidate c ON c.id = s.candidate_id
                        WHERE s.id = e.record_id AND s.team_id = e.team_id)
  WHEN 'scorecard' THEN (SELECT iu.name || '’s scorecard for ' || c.name FROM scorecard sc
                           JOIN app_user iu ON iu.id = sc.interviewer_id
                           JOIN interview_session s ON s.id = sc.session_id JOIN candidate c ON c.id = s.candidate_id
                          WHERE sc.id = e.record_id AND sc.team_id = e.team_id)
  WHEN 'kit' THEN (SELECT k.name FROM interview_kit k WHERE k.id = e.record_id AND k.team_id = e.team_id)
  WHEN 'rubric' THEN (SELECT r.name FROM rubric r WHERE r.id = e.record_id AND r.team_id = e.team_id)
  WHEN 'guide' THEN (SELECT g.title FROM guide g WHERE g.id = e.record_id AND g.team_id = e.team_id)
  WHEN 'team' THEN (SELECT t.name FROM team t WHERE t.id = e.record_id AND t.id = e.team_id)
  WHEN 'membership' THEN (SELECT mu.name FROM membership m JOIN app_user mu ON mu.id = m.user_id
                           WHERE m.id = e.record_id AND m.team_id = e.team_id)
  WHEN 'invite' THEN (SELECT i.email FROM invite i WHERE i.id = e.record_id AND i.team_id = e.team_id)
  -- A user is named only while they belong to the team.
  WHEN 'user' THEN (SELECT ru.name FROM app_user ru JOIN membership m ON m.user_id = ru.id AND m.team_id = e.team_id
                     WHERE ru.id = e.record_id)
END`;

/** The team's audit trail, newest first, filtered and paged by keyset. */
@Injectable()
export class AuditLogReadModel {
  constructor(private readonly dataSource: DataSource) {}

  async events(actor: Actor, args: AuditEventsArgs): Promise<ConnectionShape<AuditEventModel>> {
    const filter = args.filter ?? {};
    const params: unknown[] = [actor.teamId];
    const where = ['e.team_id = $1'];
    const add = (sql: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter.actorId) {
      add((p) => `e.actor_id = ${p}`, filter.actorId);
    }
    if (filter.recordType) {
      add((p) => `e.record_type = ${p}`, filter.recordType);
    }
    if (filter.recordId) {
      add((p) => `e.record_id = ${p}`, filter.recordId);
    }
    if (filter.action) {
      const isPrefix = filter.action.endsWith('.');
      add((p) => `e.action ${isPrefix ? 'LIKE' : '='} ${p}`, isPrefix ? prefixPattern(filter.action) : filter.action);
    }
    if (args.after) {
      const cursor = decodeCursor(args.after, 2);
      if (!cursor || typeof cursor[0] !== 'string' || typeof cursor[1] !== 'string') {
        throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this list', { field: 'after' });
      }
      params.push(cursor[0], cursor[1]);
      where.push(`(e.at, e.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(args.first + 1);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT e.id, e.action, e.record_type, e.record_id, e.at, e.details, ${RECORD_NAME_SQL} AS record_name,
              CASE WHEN u.id IS NULL THEN NULL
                   ELSE ${userJson()} END AS actor
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE ${where.join(' AND ')}
        ORDER BY e.at DESC, e.id DESC
        LIMIT $${params.length}`,
      params,
    );

    return toConnection(
      rows,
      args.first,
      (row) => ({
        id: row.id,
        action: row.action,
        recordType: row.record_type,
        recordId: row.record_id,
        recordName: row.record_name,
        at: row.at,
        details: JSON.stringify(row.details),
        actor: row.actor ? fromUserJson(row.actor) : null,
      }),
      (row) => encodeCursor([row.at.toISOString(), row.id]),
      null,
    );
  }

  /** The distinct actions and record types in the team's trail, for filter menus. */
  async facets(actor: Actor): Promise<{ actions: string[]; recordTypes: string[] }> {
    const [row]: { actions: string[] | null; record_types: string[] | null }[] = await this.dataSource.query(
      `SELECT array_agg(DISTINCT action ORDER BY action) AS actions, array_agg(DISTINCT record_type ORDER BY record_type) AS record_types
         FROM audit_event WHERE team_id = $1`,
      [actor.teamId],
    );

    return { actions: row?.actions ?? [], recordTypes: row?.record_types ?? [] };
  }
}
