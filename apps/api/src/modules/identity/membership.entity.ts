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

import { UserEntity } from './user.entity';

import { TeamRole } from '@api/core/auth/team-role';
import { TeamEntity } from './team.entity';

@Entity('membership')
@Index('uq_membership_team_user', ['teamId', 'userId'], { unique: true })
@Index('idx_membership_user_id', ['userId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_membership_team' })
  team?: Relation<TeamEntity>;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_membership_user' })
  user?: Relation<UserEntity>;

  @Column({ type: 'enum', enum: TeamRole, enumName: 'team_role' })
  role!: TeamRole;

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
