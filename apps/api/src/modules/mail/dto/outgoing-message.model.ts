import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

import { Connection } from '@api/core/graphql/connection';

import { PageArgs } from '@api/core/graphql/page.args';
import { OutgoingMessageStatus } from '@api/modules/mail/outgoing-message-status';

@ObjectType('OutgoingMessage', { description: 'An email in the team’s outbox.' })
export class OutgoingMessageModel {
  @Field(() => ID, { description: 'The message\u2019s id.' })
  id!: string;

  @Field(() => String, {
    description:
      'What caused it: INVITE, PASSWORD_RESET, SESSION_SCHEDULED, SESSION_RESCHEDULED, SESSION_CANCELLED, SCORECARD_REMINDER, SCORECARD_NUDGE, SCORECARD_ESCALATION, SCORECARDS_COMPLETE or TEST.',
  })
  kind!: string;

  @Field(() => String, { description: 'The address it goes to.' })
  recipientEmail!: string;

  @Field(() => String, { description: 'The subject line.' })
  subject!: string;

  @Field(() => String, { description: 'The plain-text part, links included.' })
  textBody!: string;

  @Field(() => OutgoingMessageStatus, { description: 'Where it stands in the outbox.' })
  status!: OutgoingMessageStatus;

  @Field(() => Int, { description: 'Delivery attempts made so far.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'The last failure, as the SMTP server or the network said it.' })
  lastError!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the last failure happened: CONN, AUTH, MAIL FROM, RCPT TO, DATA, …' })
  lastStage!: string | null;

  @Field(() => Date, { description: 'When it was queued (in the transaction of the change that caused it).' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the SMTP server accepted it; null until SENT.' })
  sentAt!: Date | null;
}

export const OutgoingMessageConnection = Connection(OutgoingMessageModel, 'OutgoingMessage');

@ObjectType('MailStatus', { description: 'How this instance sends mail, and the outbox at a glance.' })
export class MailStatusModel {
  @Field(() => Boolean, { description: 'False: no SMTP server is configured, messages are held in the outbox.' })
  isSmtpConfigured!: boolean;

  @Field(() => String, { description: 'The transport without secrets, e.g. smtp://mail.example.com:587 or "outbox only".' })
  transport!: string;

  @Field(() => String, { description: 'The sender of every email (MAIL_FROM), e.g. Panelwise <panelwise@localhost>.' })
  from!: string;

  @Field(() => Int, { description: 'The team\u2019s messages QUEUED or SENDING.' })
  queued!: number;

  @Field(() => Int, { description: 'The team\u2019s FAILED messages (retry them with retryOutgoingMessage).' })
  failed!: number;

  @Field(() => Int, { description: 'The team\u2019s HELD messages (kept because no SMTP server is configured).' })
  held!: number;
}

@ArgsType()
export class OutgoingMessagesArgs extends PageArgs({ defaultPageSize: 50, maxCursorChars: 200 }) {
  @Field(() => OutgoingMessageStatus, { nullable: true, description: 'Only messages in this status; null for all.' })
  @IsOptional()
  @IsEnum(OutgoingMessageStatus)
  status?: OutgoingMessageStatus | null;
}

@InputType({ description: 'Names an outbox message to send again.' })
export class RetryOutgoingMessageInput {
  @Field(() => ID, { description: 'A FAILED or HELD message of the team; any other status is CONFLICT.' })
  @IsUUID()
  messageId!: string;
}
