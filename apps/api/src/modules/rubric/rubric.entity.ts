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

/**
 * A rubric's identity. Its content lives in immutable versions: every edit
 * adds one, so scorecards keep the exact version they were scored against.
 */
@Entity('rubric')
@Index('uq_rubric_team_name', ['teamId', 'name'], { unique: true })
export class RubricEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_rubric_team' })
  team?: Relation<TeamEntity>;

  @Column('varchar', { length: 200 })
  name!: string;

  @Column('text', { default: '' })
  description!: string;

  /** The question kind this rubric is the default for, if any. */
  @Column('varchar', { length: 120, nullable: true })
  defaultForKind!: string | null;

  /** Latest version number; also the optimistic-lock token for edits. */
  @Column('integer', { default: 1 })
  version!: number;

  @Column('timestamptz', { nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
