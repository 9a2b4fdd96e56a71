import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { QuestionModel } from '@api/modules/question/dto/question.model';
import { RubricModel } from '@api/modules/rubric/dto/rubric.model';

@ObjectType('KitItem')
export class KitItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => Int)
  plannedMinutes!: number;

  @Field(() => QuestionModel)
  question!: QuestionModel;
}

@ObjectType('InterviewKit')
export class KitModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  targetRole!: string;

  @Field(() => ID)
  rubricId!: string;

  @Field(() => RubricModel)
  rubric!: RubricModel;

  @Field(() => String)
  instructions!: string;

  @Field(() => [KitItemModel])
  items!: KitItemModel[];

  @Field(() => Int)
  totalMinutes!: number;

  @Field(() => Int, { description: 'Pass back as expectedVersion when saving.' })
  version!: number;

  @Field(() => Date)
  updatedAt!: Date;
}
