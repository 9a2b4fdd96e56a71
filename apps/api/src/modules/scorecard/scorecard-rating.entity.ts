import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

import { SessionQuestionEntity } from '@api/modules/scheduling/session-question.entity';

import { ScorecardEntity } from './scorecard.entity';

/** A rating of one rubric competency; kept in rows so analytics aggregate in SQL. */
@Entity('scorecard_rating')
@Check('chk_scorecard_rating_level', '"level" IS NULL OR NOT "not_assessed"')
export class ScorecardRatingEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_scorecard_rating' })
  scorecardId!: string;

  @ManyToOne(() => ScorecardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id', foreignKeyConstraintName: 'fk_scorecard_rating_scorecard' })
  scorecard?: Relation<ScorecardEntity>;

  @PrimaryColumn('varchar', { length: 64, primaryKeyConstraintName: 'pk_scorecard_rating' })
  competencyId!: string;

  @Column('integer', { nullable: true })
  level!: number | null;

  @Column('boolean', { default: false })
  notAssessed!: boolean;

  @Column('text', { default: '' })
  evidence!: string;
}

/** An optional rating of one question the candidate was asked. */
@Entity('scorecard_question_rating')
@Index('idx_scorecard_question_rating_question', ['sessionQuestionId'])
export class ScorecardQuestionRatingEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_scorecard_question_rating' })
  scorecardId!: string;

  @ManyToOne(() => ScorecardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id', foreignKeyConstraintName: 'fk_scorecard_question_rating_scorecard' })
  scorecard?: Relation<ScorecardEntity>;

  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_scorecard_question_rating' })
  sessionQuestionId!: string;

  @ManyToOne(() => SessionQuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_question_id', foreignKeyConstraintName: 'fk_scorecard_question_rating_question' })
  sessionQuestion?: Relation<SessionQuestionEntity>;

  @Column('integer')
  level!: number;
}
