import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import { TeamEntity } from '@api/modules/identity/team.entity';
import { UserEntity } from '@api/modules/identity/user.entity';

import { OutgoingMessageStatus } from './outgoing-message-status';

export type MailAttachment = { filename: string; contentType: string; content: string };

/**
 * One email in the outbox, written in the transaction of the change that causes it.
 * (event_key, recipient) is unique, so an event never mails the same person twice.
 */
@Entity('outgoing_message')
@Index('uq_outgoing_message_event_recipient', { synchronize: false })
@Index('idx_outgoing_message_team_created', ['teamId', 'createdAt'])
export class OutgoingMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_outgoing_message' })
  id!: string;

  /** Null for mail that belongs to no team (password reset, sign-in links). */
  @Column('uuid', { nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_outgoing_message_team' })
  team?: Relation<TeamEntity>;

  @Column('varchar', { length: 200 })
  eventKey!: string;

  @Column('varchar', { length: 40 })
  kind!: string;

  @Column('varchar', { length: 254 })
  recipientEmail!: string;

  @Column('uuid', { nullable: true })
  recipientUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recipient_user_id', foreignKeyConstraintName: 'fk_outgoing_message_recipient' })
  recipientUser?: Relation<UserEntity>;

  @Column('varchar', { length: 300 })
  subject!: string;

  @Column('text')
  textBody!: string;

  @Column('text')
  htmlBody!: string;

  @Column('jsonb', { default: () => "'[]'" })
  attachments!: MailAttachment[];

  @Column({ type: 'enum', enum: OutgoingMessageStatus, enumName: 'outgoing_message_status', default: OutgoingMessageStatus.QUEUED })
  status!: OutgoingMessageStatus;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;

  /** Where the last failed attempt stopped: CONN, AUTH, MAIL FROM, RCPT TO, DATA, … */
  @Column('varchar', { length: 40, nullable: true })
  lastStage!: string | null;

  @Column('varchar', { length: 300, nullable: true })
  smtpMessageId!: string | null;

  @Column('timestamptz', { nullable: true })
  claimedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
