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

import { TeamEntity } from './team.entity';

import { UserEntity } from './user.entity';

/** A signed-in browser. The cookie holds the token; only its hash is stored. */
@Entity('auth_session')
@Index('uq_auth_session_token_hash', ['tokenHash'], { unique: true })
@Index('idx_auth_session_user_id', ['userId'])
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_auth_session_user' })
  user?: Relation<UserEntity>;

  @Column('char', { length: 64 })
  tokenHash!: string;

  @Column('uuid', { nullable: true })
  currentTeamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'current_team_id', foreignKeyConstraintName: 'fk_auth_session_current_team' })
  currentTeam?: Relation<TeamEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
