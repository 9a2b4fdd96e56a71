import type { JsonObject } from '@panelwise/shared-util';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { TeamEntity } from '@api/modules/identity/team.entity';
import { UserEntity } from '@api/modules/identity/user.entity';

@Entity('audit_event')
@Index('idx_audit_event_team_at', ['teamId', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_audit_event_team' })
  team?: Relation<TeamEntity>;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  // Kept when the actor is removed: the trail outlives accounts.
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_audit_event_actor' })
  actor?: Relation<UserEntity>;

  @Column('varchar', { length: 64 })
  action!: string;

  @Column('varchar', { length: 64 })
  recordType!: string;

  @Column('uuid', { nullable: true })
  recordId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column('jsonb', { default: {} })
  details!: JsonObject;
}
