import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';

import { UserEntity } from '@api/modules/identity/user.entity';
import { InterviewSessionEntity } from '@api/modules/scheduling/interview-session.entity';
import { SessionQuestionEntity } from '@api/modules/scheduling/session-question.entity';

/** One interviewer's notes on one question of a session, or on the whole session when the question is null. */
@Entity('session_note')
@Index('uq_session_note_question', ['sessionQuestionId', 'interviewerId'], {
  unique: true,
  where: '"session_question_id" IS NOT NULL',
})
@Index('uq_session_note_overall', ['sessionId', 'interviewerId'], { unique: true, where: '"session_question_id" IS NULL' })
@Index('idx_session_note_session_interviewer', ['sessionId', 'interviewerId'])
export class SessionNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  sessionId!: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_session_note_session' })
  session?: Relation<InterviewSessionEntity>;

  @Column('uuid')
  interviewerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interviewer_id', foreignKeyConstraintName: 'fk_session_note_interviewer' })
  interviewer?: Relation<UserEntity>;

  @Column('uuid', { nullable: true })
  sessionQuestionId!: string | null;

  @ManyToOne(() => SessionQuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_question_id', foreignKeyConstraintName: 'fk_session_note_session_question' })
  sessionQuestion?: Relation<SessionQuestionEntity>;

  @Column('text', { default: '' })
  text!: string;

  /** Indexes into the asked revision's follow-up points. */
  @Column('jsonb', { default: [] })
  followUpsAsked!: number[];

  @Column('jsonb', { default: [] })
  customFollowUps!: string[];

  @Column('integer', { default: 1 })
  version!: number;

  /** The client's id for the last save, so a retried save whose answer was lost is recognised. */
  @Column('uuid', { nullable: true })
  lastEditId!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
