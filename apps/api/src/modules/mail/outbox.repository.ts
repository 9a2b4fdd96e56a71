import type { EntityManager } from 'typeorm';

import { updateReturning } from '@api/core/database/update-returning';

import { type MailAttachment, OutgoingMessageEntity } from './outgoing-message.entity';
import { OutgoingMessageStatus } from './outgoing-message-status';

export type NewOutgoingMessage = {
  teamId: string | null;
  eventKey: string;
  kind: string;
  recipientEmail: string;
  recipientUserId: string | null;
  subject: string;
  textBody: string;
  htmlBody: string;
  attachments: MailAttachment[];
};

export type MessageCounts = { queued: number; failed: number; held: number };

/** The outbox table's SQL. */
export const outboxRepository = {
  /** Inserts unless this event already mailed this person; returns the new id, or null. */
  async insert(manager: EntityManager, message: NewOutgoingMessage): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO outgoing_message
         (team_id, event_key, kind, recipient_email, recipient_user_id, subject, text_body, html_body, attachments)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (event_key, lower(recipient_email)) DO NOTHING
       RETURNING id`,
      [
        message.teamId,
        message.eventKey,
        message.kind,
        message.recipientEmail,
        message.recipientUserId,
        message.subject,
        message.textBody,
        message.htmlBody,
        JSON.stringify(message.attachments),
      ],
    );

    return rows[0]?.id ?? null;
  },

  /**
   * Takes a message for one delivery attempt; null when it is sent, held, failed
   * or in another worker's hands. A SENDING claim older than `staleAfterSeconds`
   * belongs to a worker that died, so it may be taken again.
   */
  async claim(manager: EntityManager, id: string, staleAfterSeconds: number): Promise<OutgoingMessageEntity | null> {
    const rows = await updateReturning<Record<string, unknown>>(
      manager,
      `UPDATE outgoing_message
          SET status = 'SENDING', attempts = attempts + 1, claimed_at = now(), updated_at = now()
        WHERE id = $1
          AND (status = 'QUEUED' OR (status = 'SENDING' AND claimed_at < now() - make_interval(secs => $2)))
        RETURNING *`,
      [id, staleAfterSeconds],
    );

    return rows[0] ? manager.create(OutgoingMessageEntity, toEntityFields(rows[0])) : null;
  },

  async markSent(manager: EntityManager, id: string, smtpMessageId: string | null, redact: boolean): Promise<void> {
    await manager.query(
      `UPDATE outgoing_message
          SET status = 'SENT', sent_at = now(), smtp_message_id = $2, last_error = NULL, last_stage = NULL, updated_at = now(),
              text_body = CASE WHEN $3 THEN '(link removed after delivery)' ELSE text_body END,
              html_body = CASE WHEN $3 THEN '<p>(link removed after delivery)</p>' ELSE html_body END
        WHERE id = $1`,
      [id, smtpMessageId?.slice(0, 300) ?? null, redact],
    );
  },

  async markAttemptFailed(
    manager: EntityManager,
    id: string,
    failure: { stage: string; error: string },
    status: OutgoingMessageStatus.QUEUED | OutgoingMessageStatus.FAILED,
  ): Promise<void> {
    await manager.query(
      `UPDATE outgoing_message SET status = $2, last_stage = $3, last_error = $4, updated_at = now() WHERE id = $1`,
      [id, status, failure.stage, failure.error.slice(0, 2000)],
    );
  },

  async markHeld(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE outgoing_message
          SET status = 'HELD', last_stage = NULL, last_error = 'No SMTP server is configured', updated_at = now()
        WHERE id = $1`,
      [id],
    );
  },

  /** Puts a failed or held message of this team back in the queue; false when it is not one. */
  async requeue(manager: EntityManager, teamId: string, id: string): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(
      manager,
      `UPDATE outgoing_message SET status = 'QUEUED', updated_at = now()
        WHERE id = $1 AND team_id = $2 AND status IN ('FAILED', 'HELD')
        RETURNING id`,
      [id, teamId],
    );

    return rows.length > 0;
  },

  findForTeam(manager: EntityManager, teamId: string, id: string): Promise<OutgoingMessageEntity | null> {
    return manager.findOneBy(OutgoingMessageEntity, { id, teamId });
  },

  /** Newest first, keyset-paged on (created_at, id). */
  async listForTeam(
    manager: EntityManager,
    teamId: string,
    filter: { status: OutgoingMessageStatus | null; after: [string, string] | null; limit: number },
  ): Promise<OutgoingMessageEntity[]> {
    const query = manager
      .createQueryBuilder(OutgoingMessageEntity, 'm')
      .where('m.team_id = :teamId', { teamId })
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .take(filter.limit);
    if (filter.status) {
      query.andWhere('m.status = :status', { status: filter.status });
    }
    if (filter.after) {
      query.andWhere('(m.created_at, m.id) < (:afterAt::timestamptz, :afterId::uuid)', {
        afterAt: filter.after[0],
        afterId: filter.after[1],
      });
    }

    return query.getMany();
  },

  async countsForTeam(manager: EntityManager, teamId: string): Promise<MessageCounts> {
    const [row]: MessageCounts[] = await manager.query(
      `SELECT count(*) FILTER (WHERE status IN ('QUEUED', 'SENDING'))::int AS queued,
              count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
              count(*) FILTER (WHERE status = 'HELD')::int AS held
         FROM outgoing_message WHERE team_id = $1`,
      [teamId],
    );

    return row ?? { queued: 0, failed: 0, held: 0 };
  },
};

function toEntityFields(row: Record<string, unknown>): Partial<OutgoingMessageEntity> {
  return {
    id: row['id'] as string,
    teamId: row['team_id'] as string | null,
    eventKey: row['event_key'] as string,
    kind: row['kind'] as string,
    recipientEmail: row['recipient_email'] as string,
    recipientUserId: row['recipient_user_id'] as string | null,
    subject: row['subject'] as string,
    textBody: row['text_body'] as string,
    htmlBody: row['html_body'] as string,
    attachments: row['attachments'] as MailAttachment[],
    status: row['status'] as OutgoingMessageStatus,
    attempts: row['attempts'] as number,
  };
}
