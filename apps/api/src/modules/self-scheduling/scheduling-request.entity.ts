import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import type { PanelRole } from '@api/core/session-status';
import { CandidateEntity } from '@api/modules/candidate/candidate.entity';
import { TeamEntity } from '@api/modules/identity/team.entity';
import { UserEntity } from '@api/modules/identity/user.entity';
import { KitEntity } from '@api/modules/kit/kit.entity';
import { InterviewSessionEntity } from '@api/modules/scheduling/interview-session.entity';

export type RequestedPanelist = { userId: string; role: PanelRole };

/**
 * A candidate's link to book one session: a kit, a panel (fixed people and/or
 * `poolCount` of `poolIds`), a horizon and a minimum notice. Its links
 * (scheduling_link) keep working after the booking to show, move or cancel it.
 */
@Entity('scheduling_request')
@Index('idx_scheduling_request_candidate', ['teamId', 'candidateId'])
@Index('idx_scheduling_request_session', ['sessionId'])
export class SchedulingRequestEntity {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_scheduling_request',
  })
  id!: string;

  @Column('uuid')
  teamId!: string;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'team_id',
    foreignKeyConstraintName: 'fk_scheduling_request_team',
  })
  team?: Relation<TeamEntity>;

  @Column('uuid')
  candidateId!: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'candidate_id',
    foreignKeyConstraintName: 'fk_scheduling_request_candidate',
  })
  candidate?: Relation<CandidateEntity>;

  @Column('uuid')
  kitId!: string;

  @ManyToOne(() => KitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'kit_id',
    foreignKeyConstraintName: 'fk_scheduling_request_kit',
  })
  kit?: Relation<KitEntity>;

  @Column('integer')
  durationMinutes!: number;

  /** People who must all attend, with their roles. */
  @Column('jsonb', { default: [] })
  panel!: RequestedPanelist[];

  @Column('uuid', { array: true, default: [] })
  poolIds!: string[];

  /** How many of the pool join the fixed panel, chosen fairest per slot. */
  @Column('integer', { default: 0 })
  poolCount!: number;

  @Column('timestamptz')
  windowStart!: Date;

  @Column('timestamptz')
  windowEnd!: Date;

  @Column('integer')
  minimumNoticeMinutes!: number;

  @Column('varchar', { length: 500, default: '' })
  location!: string;

  /** The zone the candidate reads times in: set by the coordinator, then by the candidate's page. */
  @Column('varchar', { length: 64 })
  candidateTimeZone!: string;

  /** Until when the link offers times; a booked link lives as long as its session. */
  @Column('timestamptz')
  expiresAt!: Date;

  @Column('uuid', { nullable: true })
  sessionId!: string | null;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'session_id',
    foreignKeyConstraintName: 'fk_scheduling_request_session',
  })
  session?: Relation<InterviewSessionEntity>;

  @Column('integer', { default: 1 })
  sendCount!: number;

  @Column('timestamptz', { default: () => 'now()' })
  sentAt!: Date;

  @Column('timestamptz', { nullable: true })
  openedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  bookedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  /** The session SEQUENCE whose 24-hour reminder went out, so each booked time is reminded once. */
  @Column('integer', { nullable: true })
  remindedSequence!: number | null;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'fk_scheduling_request_created_by',
  })
  createdBy?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One emailed link to a request: only the secret's hash is stored. */
@Entity('scheduling_link')
@Index('idx_scheduling_link_request', ['requestId'])
export class SchedulingLinkEntity {
  @PrimaryColumn('character', {
    length: 64,
    primaryKeyConstraintName: 'pk_scheduling_link',
  })
  tokenHash!: string;

  @Column('uuid')
  requestId!: string;

  @ManyToOne(() => SchedulingRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'request_id',
    foreignKeyConstraintName: 'fk_scheduling_link_request',
  })
  request?: Relation<SchedulingRequestEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
