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

import { GuideEntity } from '@api/modules/guide/guide.entity';
import { QuestionRevisionEntity } from './question-revision.entity';

/**
 * A question's identity across re-imports. Its content lives in revisions;
 * `currentRevisionId` is what the bank shows, while sessions keep pointing at
 * the revision that was asked.
 */
@Entity('question')
@Index('idx_question_guide_position', ['guideId', 'position'])
@Index('idx_question_team_kind', ['teamId', 'kindKey'])
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_question_team' })
  team?: Relation<TeamEntity>;

  @Column('uuid')
  guideId!: string;

  @ManyToOne(() => GuideEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guide_id', foreignKeyConstraintName: 'fk_question_guide' })
  guide?: Relation<GuideEntity>;

  // Denormalised from the current revision for filtering without a join.
  @Column('varchar', { length: 120 })
  kindKey!: string;

  @Column('integer')
  position!: number;

  @Column('uuid', { nullable: true })
  currentRevisionId!: string | null;

  @ManyToOne(() => QuestionRevisionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'current_revision_id', foreignKeyConstraintName: 'fk_question_current_revision' })
  currentRevision?: Relation<QuestionRevisionEntity>;

  @Column('timestamptz', { nullable: true })
  retiredAt!: Date | null;

  /** True when retiring its guide retired it: restoring the guide brings it back. */
  @Column('boolean', { default: false })
  retiredWithGuide!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
