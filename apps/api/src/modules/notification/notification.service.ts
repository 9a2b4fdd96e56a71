import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';
import { AppConfig } from '@api/core/config/app-config';
import { notFound } from '@api/core/domain-error';
import { identityRepository } from '@api/modules/identity/identity.repository';
import { OutboxService } from '@api/modules/mail/outbox.service';

import type { NotificationListModel } from './dto/notification.model';
import { NotificationEntity } from './notification.entity';

export type NewNotification = { kind: string; message: string; link: string | null };

const LIST_SIZE = 50;

/**
 * Which notifications also go out by email: `always` for scorecards a person
 * still owes, `scorecardUpdates` for news a person may turn off. Others stay in the app.
 */
const EMAIL_BY_KIND: Record<string, 'always' | 'scorecardUpdates'> = {
  SCORECARD_REMINDER: 'always',
  SCORECARD_NUDGE: 'always',
  SCORECARD_ESCALATION: 'scorecardUpdates',
  SCORECARDS_COMPLETE: 'scorecardUpdates',
};


@Injectable()
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /**
   * Written in the caller's transaction, so the message and its cause land
   * together; the kinds that matter outside the app are also queued as email.
   */
  async notify(manager: EntityManager, teamId: string, userIds: readonly string[], notification: NewNotification): Promise<void> {
    if (!userIds.length) {
      return;
    }
    const inserted: { id: string; user_id: string }[] = await manager.query(
      `INSERT INTO notification (team_id, user_id, kind, message, link)
       SELECT $1, user_id, $3, $4, $5 FROM unnest($2::uuid[]) AS user_id
       RETURNING id, user_id`,
      [teamId, userIds, notification.kind, notification.message, notification.link],
    );
    const category = EMAIL_BY_KIND[notification.kind];
    if (!category) {
      return;
    }
    const recipients = await identityRepository.notificationRecipients(manager, teamId, userIds);
    for (const recipient of recipients) {
      const row = inserted.find((candidate) => candidate.user_id === recipient.id);
      if (!row || (category === 'scorecardUpdates' && !recipient.email_scorecard_updates)) {
        continue;
      }
      await this.outbox.enqueue(manager, {
        teamId,
        eventKey: `notification:${row.id}`,
        kind: notification.kind,
        to: { email: recipient.email, userId: recipient.id },
        subject: notification.message,
        content: {
          heading: notification.message,
          paragraphs: [`Hello ${recipient.name},`, `${notification.message} (${recipient.team_name}).`],
          ...(notification.link ? { action: { label: 'Open in Panelwise', url: `${this.config.publicUrl}${notification.link}` } } : {}),
          footer:
            category === 'always'
              ? `You get this while a scorecard of yours is owed in ${recipient.team_name}.`
              : `You get this as a member of ${recipient.team_name}. Turn these emails off under Account → Email.`,
        },
      });
    }
  }

  async notifyCoordinators(manager: EntityManager, teamId: string, notification: NewNotification): Promise<void> {
    await this.notify(manager, teamId, await identityRepository.coordinatorIds(manager, teamId), notification);
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
