import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

import { UserEntity } from '@api/modules/identity/user.entity';
import { InterviewSessionEntity } from '@api/modules/scheduling/interview-session.entity';
import { SessionQuestionEntity } from '@api/modules/scheduling/session-question.entity';

/** One event of a session's live feed, as it was published (never a rating). */
@Entity('session_activity')
@Index('idx_session_activity_session_at', ['sessionId', 'at'])
export class SessionActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  sessionId!: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_session_activity_session' })
  session?: Relation<InterviewSessionEntity>;

  /** A SessionActivityKind. */
  @Column('text')
  kind!: string;

  @Column('uuid', { nullable: true })
  sessionQuestionId!: string | null;

  @ManyToOne(() => SessionQuestionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'session_question_id', foreignKeyConstraintName: 'fk_session_activity_session_question' })
  sessionQuestion?: Relation<SessionQuestionEntity>;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_session_activity_actor' })
  actor?: Relation<UserEntity>;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;
}
