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
import { RubricEntity } from '@api/modules/rubric/rubric.entity';

/** A reusable interview plan: rubric, ordered questions with planned minutes. */
@Entity('interview_kit')
@Index('idx_interview_kit_team', ['teamId'])
export class KitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_interview_kit_team' })
  team?: Relation<TeamEntity>;

  @Column('varchar', { length: 200 })
  name!: string;

  @Column('varchar', { length: 200 })
  targetRole!: string;

  @Column('uuid')
  rubricId!: string;

  @ManyToOne(() => RubricEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rubric_id', foreignKeyConstraintName: 'fk_interview_kit_rubric' })
  rubric?: Relation<RubricEntity>;

  @Column('text', { default: '' })
  instructions!: string;

  /** Optimistic-lock token: every save bumps it. */
  @Column('integer', { default: 1 })
  version!: number;

  @Column('timestamptz', { nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
