import { registerEnumType } from '@nestjs/graphql';

export enum OutgoingMessageStatus {
  /** Waiting for (another) delivery attempt. */
  QUEUED = 'QUEUED',
  /** A worker holds it and is talking to the SMTP server. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Every attempt failed; a coordinator can retry it. */
  FAILED = 'FAILED',
  /** No SMTP server is configured: kept here (and logged) instead of sent. */
  HELD = 'HELD',
}

registerEnumType(OutgoingMessageStatus, {
  name: 'OutgoingMessageStatus',
  description: 'Where an email stands in the outbox.',
  valuesMap: {
    QUEUED: { description: 'Waiting for its first or another delivery attempt (retries back off exponentially from MAIL_RETRY_DELAY_SECONDS).' },
    SENDING: { description: 'A worker holds it and is talking to the SMTP server; taken up again after MAIL_SEND_TIMEOUT_SECONDS if the worker died.' },
    SENT: { description: 'The SMTP server accepted it.' },
    FAILED: { description: 'Every attempt failed (MAIL_RETRY_LIMIT); a coordinator can retry it.' },
    HELD: { description: 'No SMTP server is configured: kept in the outbox (and written to the server log) instead of sent.' },
  },
});
