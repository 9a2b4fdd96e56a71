import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AppConfig } from '@api/core/config/app-config';
import { fromUserJson, type UserJson, userJson } from '@api/core/database/user-json';
import type { PanelRole } from '@api/core/session-status';

import { SessionActivityKind, type RoomPresenceModel } from './session-activity';
import { SessionActivityPublisher } from './session-activity.publisher';

type Connection = { id: string; sessionId: string; userId: string; heartbeat: NodeJS.Timeout };

/**
 * Who has the interview room open, across replicas: each open room connection
 * is a row in PostgreSQL that its replica refreshes every third of the TTL.
 * A closed connection is marked closed; one whose replica died stops being
 * refreshed and is gone after the TTL. A reload (close, then open within a
 * fifth of the TTL) announces neither leaving nor joining.
 */
@Injectable()
export class RoomPresenceService implements OnModuleDestroy {
  private readonly logger = new Logger('RoomPresence');
  private readonly connections = new Map<string, Connection>();
  private readonly leaving = new Set<NodeJS.Timeout>();
  private readonly ttlSeconds: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: SessionActivityPublisher,
    config: AppConfig,
  ) {
    this.ttlSeconds = config.get('ROOM_PRESENCE_TTL_SECONDS');
  }

  private get graceMs(): number {
    return (this.ttlSeconds * 1000) / 5;
  }

  /** Counts `events` as the user's open room until the subscription ends; announces a newcomer. */
  async track<T>(sessionId: string, userId: string, events: AsyncIterableIterator<T>): Promise<AsyncIterableIterator<T>> {
    const id = await this.open(sessionId, userId);
    let isClosed = false;
    const close = async () => {
      if (!isClosed) {
        isClosed = true;
        await this.close(id);
      }
    };
    const iterator: AsyncIterableIterator<T> = {
      next: () => events.next(),
      return: async (value?: unknown) => {
        // Unsubscribe first: on shutdown the pub/sub closes right after its subscribers end.
        const ended = events.return ? events.return(value) : Promise.resolve({ value: undefined, done: true as const });
        await close();

        return ended;
      },
      throw: async (error: unknown) => {
        await close();

        if (events.throw) {
          return events.throw(error);
        }
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };

    return iterator;
  }

  /** Everyone in the room now, with their seat (null: a coordinator following), longest there first. */
  async present(sessionId: string): Promise<RoomPresenceModel[]> {
    const rows: { user: UserJson; role: PanelRole | null; since: Date }[] = await this.dataSource.query(
      `SELECT ${userJson()} AS user, sp.role, min(p.connected_at) AS since
         FROM session_presence p
         JOIN app_user u ON u.id = p.user_id
         LEFT JOIN session_panelist sp ON sp.session_id = p.session_id AND sp.user_id = p.user_id
        WHERE p.session_id = $1 AND ${isLive('p')}
        GROUP BY u.id, sp.role
        ORDER BY since, u.name`,
      [sessionId, this.ttlSeconds],
    );

    return rows.map((row) => ({ user: fromUserJson(row.user), role: row.role, since: row.since }));
  }

  async onModuleDestroy(): Promise<void> {
    const ids = [...this.connections.keys()];
    for (const connection of this.connections.values()) {
      clearInterval(connection.heartbeat);
    }
    for (const timer of this.leaving) {
      clearTimeout(timer);
    }
    this.connections.clear();
    this.leaving.clear();
    if (ids.length) {
      await this.dataSource
        .query(`UPDATE session_presence SET closed_at = now() WHERE id = ANY($1::uuid[]) AND closed_at IS NULL`, [ids])
        .catch((error: Error) => this.logger.warn(`Could not close room connections: ${error.message}`));
    }
  }

  private async open(sessionId: string, userId: string): Promise<string> {
    // Rows of connections long gone are of no use to anyone: clear them as the room is entered.
    await this.dataSource.query(
      `DELETE FROM session_presence WHERE session_id = $1
          AND (last_seen_at < now() - make_interval(secs => $2::float8) OR closed_at < now() - make_interval(secs => $2::float8))`,
      [sessionId, this.ttlSeconds],
    );
    const [{ was_present: wasPresent }]: { was_present: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM session_presence p WHERE p.session_id = $1 AND p.user_id = $2
                 AND (${isLive('p', '$3')} OR p.closed_at > now() - make_interval(secs => $4::float8))) AS was_present`,
      [sessionId, userId, this.ttlSeconds, this.graceMs / 1000],
    );
    const [{ id }]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO session_presence (session_id, user_id) VALUES ($1, $2) RETURNING id`,
      [sessionId, userId],
    );
    const heartbeat = setInterval(() => void this.refresh(id), (this.ttlSeconds * 1000) / 3);
    heartbeat.unref();
    this.connections.set(id, { id, sessionId, userId, heartbeat });
    if (!wasPresent) {
      await this.activity.publish(SessionActivityKind.PANELIST_JOINED, sessionId, userId);
    }

    return id;
  }

  private async refresh(id: string): Promise<void> {
    await this.dataSource
      .query(`UPDATE session_presence SET last_seen_at = now() WHERE id = $1 AND closed_at IS NULL`, [id])
      .catch((error: Error) => this.logger.warn(`Could not refresh a room connection: ${error.message}`));
  }

  private async close(id: string): Promise<void> {
    const connection = this.connections.get(id);
    if (!connection) {
      return;
    }
    clearInterval(connection.heartbeat);
    this.connections.delete(id);
    try {
      await this.dataSource.query(`UPDATE session_presence SET closed_at = now() WHERE id = $1`, [id]);
    } catch (error) {
      this.logger.warn(`Could not close a room connection: ${(error as Error).message}`);

      return;
    }
    // A reload opens the room again at once: say "left" only once the grace has passed without that.
    const timer = setTimeout(() => {
      this.leaving.delete(timer);
      void this.announceLeaving(connection);
    }, this.graceMs);
    timer.unref();
    this.leaving.add(timer);
  }

  private async announceLeaving({ sessionId, userId }: Connection): Promise<void> {
    try {
      const [{ is_back: isBack }]: { is_back: boolean }[] = await this.dataSource.query(
        `SELECT EXISTS (SELECT 1 FROM session_presence p WHERE p.session_id = $1 AND p.user_id = $2 AND ${isLive('p', '$3')}) AS is_back`,
        [sessionId, userId, this.ttlSeconds],
      );
      if (!isBack) {
        await this.activity.publish(SessionActivityKind.PANELIST_LEFT, sessionId, userId);
      }
    } catch (error) {
      this.logger.warn(`Could not announce leaving the room: ${(error as Error).message}`);
    }
  }
}

/** An open connection refreshed within the TTL (seconds in parameter `ttl`). */
function isLive(alias: string, ttl = '$2'): string {
  return `${alias}.closed_at IS NULL AND ${alias}.last_seen_at > now() - make_interval(secs => ${ttl}::float8)`;
}
