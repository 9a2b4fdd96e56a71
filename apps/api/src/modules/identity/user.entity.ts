import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('app_user')
@Index('uq_app_user_email', { synchronize: false })
@Index('uq_app_user_calendar_token_hash', ['calendarTokenHash'], { unique: true })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Stored lower-cased; uniqueness is on lower(email) (see the migration).
  @Column('varchar', { length: 254 })
  email!: string;

  @Column('varchar', { length: 120 })
  name!: string;

  @Column('varchar', { length: 255 })
  passwordHash!: string;

  @Column('varchar', { length: 64, default: 'UTC' })
  timeZone!: string;

  /** Hash of the secret in the user's private calendar feed URL. */
  @Column('char', { length: 64, nullable: true, select: false })
  calendarTokenHash!: string | null;

  /** Emails about sessions being scheduled, moved or cancelled (the calendar feed is the alternative). */
  @Column('boolean', { default: true })
  emailSessionUpdates!: boolean;

  /** Emails that scorecards are all in, and escalations to coordinators. Reminders of owed scorecards always go. */
  @Column('boolean', { default: true })
  emailScorecardUpdates!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
