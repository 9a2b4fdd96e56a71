import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';
import { AppConfig } from '@api/core/config/app-config';
import { DomainError, notFound } from '@api/core/domain-error';
import { type ConnectionShape, decodeCursor, encodeCursor, toConnection } from '@api/core/graphql/connection';
import { JobQueue } from '@api/core/jobs/job-queue';

import type { MailStatusModel, OutgoingMessageModel, OutgoingMessagesArgs } from './dto/outgoing-message.model';
import { type EmailContent, renderEmail } from './mail-template';
import { MAIL_DELIVERY_JOB, type MailDeliveryJob } from './mail-delivery.job';
import { createMailTransport } from './mail-transport';
import type { MailAttachment, OutgoingMessageEntity } from './outgoing-message.entity';
import { outboxRepository } from './outbox.repository';

export type NewEmail = {
  /** The team whose coordinators see it in their outbox; null for personal mail (password reset). */
  teamId: string | null;
  /** What caused it; with the recipient, it decides that the message goes out once. */
  eventKey: string;
  kind: string;
  to: { email: string; userId: string | null };
  subject: string;
  content: EmailContent;
  attachments?: MailAttachment[];
};

const toModel = (message: OutgoingMessageEntity): OutgoingMessageModel => ({
  id: message.id,
  kind: message.kind,
  recipientEmail: message.recipientEmail,
  subject: message.subject,
  textBody: message.textBody,
  status: message.status,
  attempts: message.attempts,
  lastError: message.lastError,
  lastStage: message.lastStage,
  createdAt: message.createdAt,
  sentAt: message.sentAt,
});

/** The transactional outbox: every email is written with the change that causes it, then delivered by a job. */
@Injectable()
export class OutboxService {
  private readonly transportDescription: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    this.transportDescription = createMailTransport(config).description;
  }

  /** Queues one email in the caller's transaction; false when this event already mailed this person. */
  async enqueue(manager: EntityManager, email: NewEmail): Promise<boolean> {
    const { html, text } = renderEmail(email.content);
    const id = await outboxRepository.insert(manager, {
      teamId: email.teamId,
      eventKey: email.eventKey,
      kind: email.kind,
      recipientEmail: email.to.email,
      recipientUserId: email.to.userId,
      subject: email.subject.slice(0, 300),
      textBody: text,
      htmlBody: html,
      attachments: email.attachments ?? [],
    });
    if (!id) {
      return false;
    }
    await this.jobs.send(manager, MAIL_DELIVERY_JOB, { messageId: id } satisfies MailDeliveryJob);

    return true;
  }

  async list(actor: Actor, args: OutgoingMessagesArgs): Promise<ConnectionShape<OutgoingMessageModel>> {
    let after: [string, string] | null = null;
    if (args.after) {
      const cursor = decodeCursor(args.after, 2);
      if (!cursor || typeof cursor[0] !== 'string' || typeof cursor[1] !== 'string') {
        throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this list', { field: 'after' });
      }
      after = [cursor[0], cursor[1]];
    }
    const rows = await outboxRepository.listForTeam(this.dataSource.manager, actor.teamId, {
      status: args.status ?? null,
      after,
      limit: args.first + 1,
    });

    return toConnection(rows, args.first, toModel, (row) => encodeCursor([row.createdAt.toISOString(), row.id]), null);
  }

  async status(actor: Actor): Promise<MailStatusModel> {
    const counts = await outboxRepository.countsForTeam(this.dataSource.manager, actor.teamId);

    return {
      isSmtpConfigured: this.config.smtp !== null,
      transport: this.transportDescription,
      from: this.config.get('MAIL_FROM'),
      ...counts,
    };
  }

  /** Sends a failed or held message again. */
  async retry(actor: Actor, messageId: string): Promise<OutgoingMessageModel> {
    return this.dataSource.transaction(async (manager) => {
      const message = await outboxRepository.findForTeam(manager, actor.teamId, messageId);
      if (!message) {
        throw new DomainError('NOT_FOUND', 'Message not found', { field: 'messageId' });
      }
      if (!(await outboxRepository.requeue(manager, actor.teamId, messageId))) {
        throw new DomainError('CONFLICT', `Only failed or held messages can be retried; this one is ${message.status.toLowerCase()}`, {
          field: 'messageId',
        });
      }
      await this.jobs.send(manager, MAIL_DELIVERY_JOB, { messageId } satisfies MailDeliveryJob);
      const requeued = await outboxRepository.findForTeam(manager, actor.teamId, messageId);

      return toModel(requeued ?? message);
    });
  }

  /** A test email to the caller, to check the SMTP settings end to end. */
  async sendTest(actor: Actor): Promise<OutgoingMessageModel> {
    return this.dataSource.transaction(async (manager) => {
      const [user]: { email: string; name: string }[] = await manager.query(`SELECT email, name FROM app_user WHERE id = $1`, [
        actor.userId,
      ]);
      if (!user) {
        throw notFound('User');
      }
      const eventKey = `test:${randomUUID()}`;
      await this.enqueue(manager, {
        teamId: actor.teamId,
        eventKey,
        kind: 'TEST',
        to: { email: user.email, userId: actor.userId },
        subject: 'Panelwise test email',
        content: {
          heading: 'Your Panelwise mail settings work',
          paragraphs: [`Hello ${user.name}, this test email was sent from ${this.config.publicUrl} through ${this.transportDescription}.`],
          action: { label: 'Open Panelwise', url: this.config.publicUrl },
        },
      });
      const [created] = await outboxRepository.listForTeam(manager, actor.teamId, { status: null, after: null, limit: 1 });
      if (!created || created.eventKey !== eventKey) {
        throw new Error('The test email was not stored');
      }

      return toModel(created);
    });
  }
}
