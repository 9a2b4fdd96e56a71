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

import { CandidateEntity } from '@api/modules/candidate/candidate.entity';
import { TeamEntity } from '@api/modules/identity/team.entity';
import { UserEntity } from '@api/modules/identity/user.entity';
import { KitEntity } from '@api/modules/kit/kit.entity';

import { SessionStatus } from '@api/core/session-status';

@Entity('interview_session')
@Index('idx_interview_session_team_starts', ['teamId', 'startsAt'])
@Index('idx_interview_session_candidate', ['candidateId'])
@Check('chk_interview_session_period', '"ends_at" > "starts_at"')
export class InterviewSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_interview_session_team' })
  team?: Relation<TeamEntity>;

  @Column('uuid')
  candidateId!: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'fk_interview_session_candidate' })
  candidate?: Relation<CandidateEntity>;

  @Column('uuid')
  kitId!: string;

  @ManyToOne(() => KitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kit_id', foreignKeyConstraintName: 'fk_interview_session_kit' })
  kit?: Relation<KitEntity>;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('timestamptz')
  endsAt!: Date;

  @Column('varchar', { length: 64 })
  timeZone!: string;

  @Column('varchar', { length: 500, default: '' })
  location!: string;

  @Column({ type: 'enum', enum: SessionStatus, enumName: 'session_status', default: SessionStatus.SCHEDULED })
  status!: SessionStatus;

  @Column('integer', { default: 0 })
  rescheduleCount!: number;

  /** iCalendar SEQUENCE: bumped on every change attendees must see. */
  @Column('integer', { default: 0 })
  sequence!: number;

  @Column('integer', { default: 1 })
  version!: number;

  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  /** Simultaneous reveal: panelists who submitted see each other's scorecards after this, even if some are missing. */
  @Column('timestamptz', { nullable: true })
  revealAt!: Date | null;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_interview_session_created_by' })
  createdBy?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
