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
} from 'typeorm';

import type { ParsedAnswer } from '@panelwise/guide-parser';

import { UserEntity } from '@api/modules/identity/user.entity';

import { QuestionRevisionOrigin } from './question-revision-origin';
import { QuestionEntity } from './question.entity';

/** Immutable content of one version of a question, as imported or as edited in the app. */
@Entity('question_revision')
@Index('uq_question_revision_number', ['questionId', 'revision'], { unique: true })
@Index('idx_question_revision_search', { synchronize: false })
@Index('idx_question_revision_prompt_search', { synchronize: false })
@Check('chk_question_revision_origin', `"origin" IN ('IMPORT', 'EDIT')`)
export class QuestionRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_question_revision_question' })
  question?: Relation<QuestionEntity>;

  @Column('integer')
  revision!: number;

  @Column('text', { nullable: true })
  kind!: string | null;

  @Column('varchar', { length: 120 })
  kindKey!: string;

  @Column('integer', { nullable: true })
  number!: number | null;

  @Column('text')
  prompt!: string;

  @Column('text', { nullable: true })
  context!: string | null;

  @Column('jsonb')
  answer!: ParsedAnswer;

  @Column('jsonb', { default: [] })
  followUps!: string[];

  @Column('jsonb', { nullable: true })
  followUpResponses!: (string | null)[] | null;

  @Column('integer')
  sourceStartLine!: number;

  @Column('integer')
  sourceEndLine!: number;

  @Column('char', { length: 64 })
  contentHash!: string;

  // Edited revisions hold 0 in both source line columns: they have no place in the file.
  @Column('varchar', { length: 10, default: QuestionRevisionOrigin.IMPORT })
  origin!: QuestionRevisionOrigin;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_question_revision_created_by' })
  createdBy?: Relation<UserEntity>;

  // Maintained by a trigger (see the migration); never written by the app.
  @Column({ type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  searchVector!: string | null;

  // Prompt only: lets a search put prompt matches in its candidates first.
  @Column({ type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  promptVector!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
