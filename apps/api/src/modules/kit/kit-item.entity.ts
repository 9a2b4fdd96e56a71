import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

import { QuestionEntity } from '@api/modules/question/question.entity';

import { KitEntity } from './kit.entity';

@Entity('interview_kit_item')
@Index('uq_interview_kit_item_position', ['kitId', 'position'], { unique: true })
@Index('idx_interview_kit_item_question', ['questionId'])
@Check('chk_interview_kit_item_minutes', '"planned_minutes" BETWEEN 1 AND 240')
export class KitItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  kitId!: string;

  @ManyToOne(() => KitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kit_id', foreignKeyConstraintName: 'fk_interview_kit_item_kit' })
  kit?: Relation<KitEntity>;

  @Column('uuid')
  questionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_interview_kit_item_question' })
  question?: Relation<QuestionEntity>;

  @Column('integer')
  position!: number;

  @Column('integer')
  plannedMinutes!: number;
}
