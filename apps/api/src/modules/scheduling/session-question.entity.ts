import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

import { UserEntity } from '@api/modules/identity/user.entity';
import { QuestionRevisionEntity } from '@api/modules/question/question-revision.entity';
import { QuestionEntity } from '@api/modules/question/question.entity';

import { InterviewSessionEntity } from './interview-session.entity';

/**
 * One question of a session's plan: copied from the kit when the session is
 * booked, or added in the room. Points at the revision that was asked.
 */
@Entity('session_question')
@Index('uq_session_question_position', ['sessionId', 'position'], { unique: true })
@Index('uq_session_question_question', ['sessionId', 'questionId'], { unique: true })
@Index('idx_session_question_question', ['questionId'])
@Check('chk_session_question_minutes', '"planned_minutes" BETWEEN 1 AND 240')
export class SessionQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  sessionId!: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_session_question_session' })
  session?: Relation<InterviewSessionEntity>;

  @Column('uuid')
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_session_question_question' })
  question?: Relation<QuestionEntity>;

  @Column('uuid')
  revisionId!: string;

  @ManyToOne(() => QuestionRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'fk_session_question_revision' })
  revision?: Relation<QuestionRevisionEntity>;

  @Column('integer')
  position!: number;

  @Column('integer')
  plannedMinutes!: number;

  /** Null when the question came from the kit. */
  @Column('uuid', { nullable: true })
  addedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'added_by_id', foreignKeyConstraintName: 'fk_session_question_added_by' })
  addedBy?: Relation<UserEntity>;

  @Column('timestamptz', { nullable: true })
  askedAt!: Date | null;

  @Column('uuid', { nullable: true })
  askedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'asked_by_id', foreignKeyConstraintName: 'fk_session_question_asked_by' })
  askedBy?: Relation<UserEntity>;

  @Column('timestamptz', { nullable: true })
  skippedAt!: Date | null;
}
