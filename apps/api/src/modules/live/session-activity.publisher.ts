import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { UserEntity } from '@api/modules/identity/user.entity';

import { LiveEventsService } from './live-events.service';
import { type SessionActivityKind, type SessionActivityModel, sessionActivityTopic } from './session-activity';

/** Tells a session's live subscribers what just happened; call after the change has committed. */
@Injectable()
export class SessionActivityPublisher {
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
    const actor = actorId ? await this.dataSource.getRepository(UserEntity).findOne({ where: { id: actorId }, select: { name: true } }) : null;
    const activity: SessionActivityModel = {
      kind,
      sessionId,
      sessionQuestionId,
      actorId,
      actorName: actor?.name ?? null,
      at: new Date(),
    };
    await this.live.publish(sessionActivityTopic(sessionId), { sessionActivity: activity });
  }

  subscribe(sessionId: string): Promise<AsyncIterableIterator<{ sessionActivity: SessionActivityModel }>> {
    return this.live.subscribe(sessionActivityTopic(sessionId));
  }
}
