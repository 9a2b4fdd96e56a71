import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { ScorecardReveal } from './scorecard-reveal';

/** The longest team name: the column is varchar(120). */
export const TEAM_NAME_MAX = 120;

@Entity('team')
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('varchar', { length: TEAM_NAME_MAX })
  name!: string;

  /** Reschedules closer to the start than this need a coordinator's override. */
  @Column('integer', { default: 24 })
  minRescheduleNoticeHours!: number;

  @Column('integer', { default: 2 })
  maxReschedules!: number;

  /** Bookings starting sooner than this after now need a coordinator's override. */
  @Column('integer', { default: 60 })
  minimumBookingNoticeMinutes!: number;

  /** The zone exports and team-wide times are written in (IANA). */
  @Column('varchar', { length: 64, default: 'UTC' })
  timeZone!: string;

  @Column({ type: 'enum', enum: ScorecardReveal, enumName: 'scorecard_reveal', default: ScorecardReveal.AFTER_OWN_SUBMISSION })
  scorecardReveal!: ScorecardReveal;

  /** A scorecard is overdue this long after its session ends. */
  @Column('integer', { default: 24 })
  scorecardDueHours!: number;

  /** Interviewers get an in-app reminder this long after a session ends without their scorecard. */
  @Column('integer', { default: 2 })
  reminderAfterHours!: number;

  /** Coordinators are told this long after a session ends without a scorecard. */
  @Column('integer', { default: 48 })
  escalateAfterHours!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
