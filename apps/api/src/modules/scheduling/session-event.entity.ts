import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, CreateDateColumn } from 'typeorm';

import type { JsonObject } from '@panelwise/shared-util';

import { UserEntity } from '@api/modules/identity/user.entity';

import { InterviewSessionEntity } from './interview-session.entity';

/** The session's own history: scheduled, rescheduled, cancelled, no-show, overrides. */
@Entity('session_event')
@Index('idx_session_event_session', ['sessionId', 'at'])
export class SessionEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  sessionId!: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_session_event_session' })
  session?: Relation<InterviewSessionEntity>;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_session_event_actor' })
  actor?: Relation<UserEntity>;

  @Column('varchar', { length: 40 })
  kind!: string;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('jsonb', { default: {} })
  details!: JsonObject;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
