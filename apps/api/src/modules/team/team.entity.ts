import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('team')
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('varchar', { length: 120 })
  name!: string;

  /** Reschedules closer to the start than this need a coordinator's override. */
  @Column('integer', { default: 24 })
  minRescheduleNoticeHours!: number;

  @Column('integer', { default: 2 })
  maxReschedules!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
