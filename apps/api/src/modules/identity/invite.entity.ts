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

import { UserEntity } from './user.entity';

import { TeamRole } from '@api/core/auth/team-role';
import { TeamEntity } from './team.entity';

@Entity('invite')
@Index('uq_invite_token_hash', ['tokenHash'], { unique: true })
@Index('idx_invite_team_id', ['teamId'])
export class InviteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_invite_team' })
  team?: Relation<TeamEntity>;

  @Column('varchar', { length: 254 })
  email!: string;

  @Column({ type: 'enum', enum: TeamRole, enumName: 'team_role' })
  role!: TeamRole;

  @Column('char', { length: 64 })
  tokenHash!: string;

  @Column('uuid')
  invitedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'fk_invite_invited_by' })
  invitedBy?: Relation<UserEntity>;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
