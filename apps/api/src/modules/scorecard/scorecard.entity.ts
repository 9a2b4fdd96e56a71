import {
  Check,
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
import { UserEntity } from '@api/modules/identity/user.entity';
import { RubricVersionEntity } from '@api/modules/rubric/rubric-version.entity';
import { InterviewSessionEntity } from '@api/modules/scheduling/interview-session.entity';

import { Recommendation, ScorecardStatus } from './scorecard-status';

/** One interviewer's scorecard for one session, on the rubric version it was started with. */
@Entity('scorecard')
@Index('uq_scorecard_session_interviewer', ['sessionId', 'interviewerId'], { unique: true })
@Index('idx_scorecard_interviewer', ['interviewerId', 'status'])
@Index('idx_scorecard_team_submitted', ['teamId', 'submittedAt'])
@Check('chk_scorecard_submitted', `("status" = 'SUBMITTED') = ("submitted_at" IS NOT NULL)`)
export class ScorecardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_scorecard_team' })
  team?: Relation<TeamEntity>;

  @Column('uuid')
  sessionId!: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_scorecard_session' })
  session?: Relation<InterviewSessionEntity>;

  @Column('uuid')
  interviewerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interviewer_id', foreignKeyConstraintName: 'fk_scorecard_interviewer' })
  interviewer?: Relation<UserEntity>;

  @Column('uuid')
  rubricVersionId!: string;

  @ManyToOne(() => RubricVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rubric_version_id', foreignKeyConstraintName: 'fk_scorecard_rubric_version' })
  rubricVersion?: Relation<RubricVersionEntity>;

  @Column({ type: 'enum', enum: ScorecardStatus, enumName: 'scorecard_status', default: ScorecardStatus.DRAFT })
  status!: ScorecardStatus;

  @Column({ type: 'enum', enum: Recommendation, enumName: 'recommendation', nullable: true })
  recommendation!: Recommendation | null;

  @Column('text', { default: '' })
  summary!: string;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('integer', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
