import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

import type { JsonObject } from '@panelwise/shared-util';

import { UserEntity } from '@api/modules/identity/user.entity';

import { ScorecardEntity } from './scorecard.entity';

/** A change to a submitted scorecard: who, why, and what it said before. */
@Entity('scorecard_amendment')
@Index('idx_scorecard_amendment_scorecard', ['scorecardId', 'at'])
export class ScorecardAmendmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  scorecardId!: string;

  @ManyToOne(() => ScorecardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id', foreignKeyConstraintName: 'fk_scorecard_amendment_scorecard' })
  scorecard?: Relation<ScorecardEntity>;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_scorecard_amendment_actor' })
  actor?: Relation<UserEntity>;

  @Column('text')
  reason!: string;

  @Column('jsonb')
  previous!: JsonObject;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
