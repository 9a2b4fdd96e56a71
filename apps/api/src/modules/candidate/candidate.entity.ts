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

import { TeamEntity } from '@api/modules/identity/team.entity';

/** A person being interviewed; in mock programs often a team member practising. */
@Entity('candidate')
@Index('idx_candidate_team_email', { synchronize: false })
@Index('idx_candidate_team_name', ['teamId', 'name'])
export class CandidateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_candidate_team' })
  team?: Relation<TeamEntity>;

  @Column('varchar', { length: 200 })
  name!: string;

  @Column('varchar', { length: 254, nullable: true })
  email!: string | null;

  @Column('varchar', { length: 200, nullable: true })
  targetRole!: string | null;

  @Column('text', { default: '' })
  notes!: string;

  @Column('integer', { default: 1 })
  version!: number;

  /** Deleted on request: personal data removed, the row kept so aggregates stay whole. */
  @Column('timestamptz', { nullable: true })
  anonymisedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
