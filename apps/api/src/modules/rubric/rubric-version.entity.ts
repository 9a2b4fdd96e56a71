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

import { UserEntity } from '@api/modules/identity/user.entity';

import { RubricEntity } from './rubric.entity';
import type { Competency, ScaleLevel } from './rubric.types';

@Entity('rubric_version')
@Index('uq_rubric_version_number', ['rubricId', 'version'], { unique: true })
export class RubricVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  rubricId!: string;

  @ManyToOne(() => RubricEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rubric_id', foreignKeyConstraintName: 'fk_rubric_version_rubric' })
  rubric?: Relation<RubricEntity>;

  @Column('integer')
  version!: number;

  @Column('jsonb')
  scale!: ScaleLevel[];

  @Column('jsonb')
  competencies!: Competency[];

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_rubric_version_created_by' })
  createdBy?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
