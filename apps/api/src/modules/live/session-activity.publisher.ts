import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { LiveEventsService } from './live-events.service';
import { type SessionActivityKind, type SessionActivityModel, sessionActivityTopic } from './session-activity';

type ActivityRow = {
  id: string;
  kind: SessionActivityKind;
  session_id: string;
  session_question_id: string | null;
  actor_id: string | null;
  actor_name: string | null;
  at: Date;
};

const toActivityModel = (row: ActivityRow): SessionActivityModel => ({
  id: row.id,
  kind: row.kind,
  sessionId: row.session_id,
  sessionQuestionId: row.session_question_id,
  actorId: row.actor_id,
  actorName: row.actor_name,
  at: row.at,
});

/** At most this many events of a session's history in one read. */
export const MAX_ACTIVITY_HISTORY = 100;

/**
 * Tells a session's live subscribers what just happened, and keeps it in the
 * session's history (a reload or a late joiner reads it); call after the change has committed.
 */
@Injectable()
export class SessionActivityPublisher {
  private readonly logger = new Logger('SessionActivity');

  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveEventsService,
  ) {}

  async publish(
    kind: SessionActivityKind,
    sessionId: string,
    actorId: string | null,
    sessionQuestionId: string | null = null,
  ): Promise<void> {
    const activity = await this.store(kind, sessionId, actorId, sessionQuestionId);
    await this.live.publish(sessionActivityTopic(sessionId), { sessionActivity: activity });
  }

  subscribe(sessionId: string): Promise<AsyncIterableIterator<{ sessionActivity: SessionActivityModel }>> {
    return this.live.subscribe(sessionActivityTopic(sessionId));
  }

  /** The session's latest events, newest first; the caller has checked who may read them. */
  async history(sessionId: string, last: number): Promise<SessionActivityModel[]> {
    const rows: ActivityRow[] = await this.dataSource.query(
      `SELECT a.id, a.kind, a.session_id, a.session_question_id, a.actor_id, u.name AS actor_name, a.at
         FROM session_activity a LEFT JOIN app_user u ON u.id = a.actor_id
        WHERE a.session_id = $1
        ORDER BY a.at DESC, a.id DESC
        LIMIT $2`,
      [sessionId, Math.min(last, MAX_ACTIVITY_HISTORY)],
    );

    return rows.map(toActivityModel);
  }

  /**
   * The change itself has committed: a failure to keep it in the history costs
   * that line of the history, never the change, and the live event still goes out.
   */
  private async store(
    kind: SessionActivityKind,
    sessionId: string,
    actorId: string | null,
    sessionQuestionId: string | null,
  ): Promise<SessionActivityModel> {
    const id = randomUUID();
    try {
      const [row]: ActivityRow[] = await this.dataSource.query(
        `INSERT INTO session_activity (id, session_id, kind, session_question_id, actor_id) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, kind, session_id, session_question_id, actor_id, at,
                   (SELECT name FROM app_user WHERE id = $5) AS actor_name`,
        [id, sessionId, kind, sessionQuestionId, actorId],
      );

      return toActivityModel(row);
    } catch (error) {
      this.logger.warn(`Could not keep ${kind} of session ${sessionId} in its history: ${(error as Error).message}`);
      const [actor] = actorId
        ? await this.dataSource.query<{ name: string }[]>(`SELECT name FROM app_user WHERE id = $1`, [actorId]).catch((): { name: string }[] => [])
        : [];

      return { id, kind, sessionId, sessionQuestionId, actorId, actorName: actor?.name ?? null, at: new Date() };
    }
  }
}
