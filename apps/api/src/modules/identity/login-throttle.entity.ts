import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed sign-ins for one key (an email or a client address) and how long it stays locked. */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn('varchar', { length: 400, primaryKeyConstraintName: 'pk_login_throttle' })
  key!: string;

  @Column('integer', { default: 0 })
  failures!: number;

  @Column('timestamptz', { nullable: true })
  lockedUntil!: Date | null;

  @Column('timestamptz', { default: () => 'now()' })
  lastFailureAt!: Date;
}
