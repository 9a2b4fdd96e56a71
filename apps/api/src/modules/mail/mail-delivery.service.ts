import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';

import { AppConfig } from '@api/core/config/app-config';
import { JobQueue } from '@api/core/jobs/job-queue';

import { MAIL_DELIVERY_JOB, type MailDeliveryJob } from './mail-delivery.job';
import { createMailTransport, smtpStageOf } from './mail-transport';
import type { OutgoingMessageEntity } from './outgoing-message.entity';
import { OutgoingMessageStatus } from './outgoing-message-status';
import { outboxRepository } from './outbox.repository';

/** Messages whose body is a credential: once delivered, the stored copy loses its link. */
const CREDENTIAL_KINDS = new Set(['PASSWORD_RESET', 'SIGN_IN_LINK']);

/**
 * Delivers outbox messages over SMTP, one job per message. A failed attempt is
 * recorded with the SMTP stage and retried with exponential backoff; the last
 * failure leaves the message FAILED for a coordinator to retry. Without SMTP,
 * messages are HELD and logged with their links.
 */
@Injectable()
export class MailDeliveryService implements OnModuleInit {
  private readonly logger = new Logger('Mail');
  private readonly transporter: Transporter | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    const transport = createMailTransport(config);
    this.transporter = transport.transporter;
    if (config.get('NODE_ENV') !== 'test') {
      this.logger.log(`Mail transport: ${transport.description}; from ${config.get('MAIL_FROM')}`);
    }
  }

  onModuleInit(): void {
    this.jobs.define<MailDeliveryJob>(
      MAIL_DELIVERY_JOB,
      {
        retryLimit: this.config.get('MAIL_RETRY_LIMIT'),
        retryDelay: this.config.get('MAIL_RETRY_DELAY_SECONDS'),
        retryBackoff: true,
        retryDelayMax: 3600,
        // A worker killed mid-send: its job is offered again after this long.
        expireInSeconds: this.config.get('MAIL_SEND_TIMEOUT_SECONDS'),
      },
      (job, attempt) => this.deliver(job.messageId, attempt.retryCount >= attempt.retryLimit),
    );
  }

  /** One delivery attempt; throws when it failed so the queue retries it. */
  async deliver(messageId: string, isLastAttempt: boolean): Promise<void> {
    const manager = this.dataSource.manager;
    const message = await outboxRepository.claim(manager, messageId, this.config.get('MAIL_SEND_TIMEOUT_SECONDS'));
    if (!message) {
      return;
    }
    if (!this.transporter) {
      await outboxRepository.markHeld(manager, message.id);
      this.logger.log(`Mail held (no SMTP configured) to ${message.recipientEmail}: "${message.subject}"\n${message.textBody}`);

      return;
    }
    try {
      const info = (await this.transporter.sendMail(this.toMail(message))) as { messageId?: string };
      await outboxRepository.markSent(manager, message.id, info.messageId ?? null, CREDENTIAL_KINDS.has(message.kind));
    } catch (error) {
      const failure = { stage: smtpStageOf(error), error: (error as Error).message };
      await outboxRepository.markAttemptFailed(
        manager,
        message.id,
        failure,
        isLastAttempt ? OutgoingMessageStatus.FAILED : OutgoingMessageStatus.QUEUED,
      );
      this.logger.warn(`Mail to ${message.recipientEmail} failed at ${failure.stage} (attempt ${message.attempts}): ${failure.error}`);
      throw error;
    }
  }

  private toMail(message: OutgoingMessageEntity) {
    const calendar = message.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
    const method = calendar ? /method=([A-Z]+)/i.exec(calendar.contentType)?.[1] : undefined;

    return {
      from: this.config.get('MAIL_FROM'),
      to: message.recipientEmail,
      subject: message.subject,
      text: message.textBody,
      html: message.htmlBody,
      // Stable per message, so a receiving server can drop a duplicate of a retried send.
      messageId: `<${message.id}@panelwise>`,
      ...(calendar && method ? { icalEvent: { method, filename: calendar.filename, content: calendar.content } } : {}),
      attachments: message.attachments
        .filter((attachment) => attachment !== calendar)
        .map((attachment) => ({ filename: attachment.filename, contentType: attachment.contentType, content: attachment.content })),
    };
  }
}
