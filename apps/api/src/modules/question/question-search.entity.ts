import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';

import { QuestionEntity } from './question.entity';

/**
 * Search index of the bank: one narrow row per active question with the
 * vectors of its current revision. Written by the importer and by question
 * edits in the app (QuestionEditingService).
 */
@Entity('question_search')
@Index('idx_question_search_guide', ['guideId'])
@Index('idx_question_search_vector', { synchronize: false })
@Index('idx_question_search_prompt', { synchronize: false })
export class QuestionSearchEntity {
  @PrimaryColumn('uuid')
  questionId!: string;

  @OneToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_question_search_question' })
  question?: Relation<QuestionEntity>;

  @Column('uuid')
  teamId!: string;

  @Column('uuid')
  guideId!: string;

  @Column('varchar', { length: 120 })
  kindKey!: string;

  @Column('tsvector')
  searchVector!: string;

  @Column('tsvector')
  promptVector!: string;
}
