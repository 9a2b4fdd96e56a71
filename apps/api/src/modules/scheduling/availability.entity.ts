import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';

import type { DateOverride, TimeWindow, WeeklyWindow } from '@panelwise/domain-scheduling';

import { UserEntity } from '@api/modules/identity/user.entity';

/** Stored time off: local date ranges in the interviewer's zone, or exact instants (ISO). */
export type StoredTimeOff =
  | { kind: 'dates'; startDate: string; endDate: string; note?: string }
  | { kind: 'interval'; start: string; end: string; note?: string };

/** One person's availability, shared by every team they interview for. */
@Entity('availability')
export class AvailabilityEntity {
  @PrimaryColumn('uuid')
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_availability_user' })
  user?: Relation<UserEntity>;

  @Column('varchar', { length: 64 })
  timeZone!: string;

  @Column('jsonb', { default: [] })
  weeklyWindows!: WeeklyWindow[];

  @Column('jsonb', { default: [] })
  overrides!: (DateOverride & { windows: TimeWindow[] })[];

  @Column('jsonb', { default: [] })
  timeOff!: StoredTimeOff[];

  @Column('integer', { nullable: true })
  dailyCap!: number | null;

  @Column('integer', { nullable: true })
  weeklyCap!: number | null;

  @Column('integer', { default: 0 })
  bufferMinutes!: number;

  @Column('integer', { default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
