import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Actor } from '@api/auth/request-auth';
import { notFound } from '@api/graphql/domain-error';
import { TeamRole } from '@api/modules/team/team-role';

import type { NotificationListModel } from './dto/notification.model';
import { NotificationEntity } from './notification.entity';

export type NewNotification = { kind: string; message: string; link: string | null };

const LIST_SIZE = 50;

@Injectable()
export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  /** Written in the caller's transaction, so the message and its cause land together. */
  async notify(manager: EntityManager, teamId: string, userIds: readonly string[], notification: NewNotification): Promise<void> {
    if (!userIds.length) {
      return;
    }
    await manager.insert(
      NotificationEntity,
      userIds.map((userId) => ({ teamId, userId, ...notification })),
    );
  }

  async notifyCoordinators(manager: EntityManager, teamId: string, notification: NewNotification): Promise<void> {
    const coordinators: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM membership WHERE team_id = $1 AND role = $2 AND active`,
      [teamId, TeamRole.COORDINATOR],
    );
    await this.notify(manager, teamId, coordinators.map((row) => row.user_id), notification);
  }

  async list(actor: Actor): Promise<NotificationListModel> {
    const [items, unreadCount] = await Promise.all([
      this.dataSource.getRepository(NotificationEntity).find({
        where: { userId: actor.userId, teamId: actor.teamId },
        order: { createdAt: 'DESC' },
        take: LIST_SIZE,
      }),
      this.unread(actor),
    ]);

    return { items, unreadCount };
  }

  async markRead(actor: Actor, notificationId: string | null): Promise<NotificationListModel> {
    const repository = this.dataSource.getRepository(NotificationEntity);
    if (notificationId && !(await repository.existsBy({ id: notificationId, userId: actor.userId, teamId: actor.teamId }))) {
      throw notFound('Notification');
    }
    await this.dataSource.query(
      `UPDATE notification SET read_at = now()
        WHERE user_id = $1 AND team_id = $2 AND read_at IS NULL AND ($3::uuid IS NULL OR id = $3)`,
      [actor.userId, actor.teamId, notificationId],
    );

    return this.list(actor);
  }

  private async unread(actor: Actor): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND team_id = $2 AND read_at IS NULL`,
      [actor.userId, actor.teamId],
    );

    return row?.count ?? 0;
  }
}
