import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

import { UserEntity } from '@api/modules/identity/user.entity';
import { InterviewSessionEntity } from '@api/modules/scheduling/interview-session.entity';

export enum ScorecardReminderKind {
  REMINDER = 'REMINDER',
  ESCALATION = 'ESCALATION',
}

/** A reminder (to the interviewer) or escalation (to coordinators) sent for a missing scorecard. */
@Entity('scorecard_reminder')
export class ScorecardReminderEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_scorecard_reminder' })
  sessionId!: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_scorecard_reminder_session' })
  session?: Relation<InterviewSessionEntity>;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_scorecard_reminder' })
  interviewerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interviewer_id', foreignKeyConstraintName: 'fk_scorecard_reminder_interviewer' })
  interviewer?: Relation<UserEntity>;

  @PrimaryColumn({ type: 'enum', enum: ScorecardReminderKind, enumName: 'scorecard_reminder_kind', primaryKeyConstraintName: 'pk_scorecard_reminder' })
  kind!: ScorecardReminderKind;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;
}
