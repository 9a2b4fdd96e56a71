import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { QuestionModel } from '@api/modules/question/dto/question.model';
import { RubricModel } from '@api/modules/rubric/dto/rubric.model';

@ObjectType('KitItem', { description: 'One question of an interview kit, in order, with its planned time.' })
export class KitItemModel {
  @Field(() => ID, { description: 'This item\u2019s id.' })
  id!: string;

  @Field(() => Int, { description: 'Its 0-based place in the kit.' })
  position!: number;

  @Field(() => Int, { description: 'Minutes planned for it, 1 to 240.' })
  plannedMinutes!: number;

  @Field(() => QuestionModel, { description: 'The bank question at its current revision.' })
  question!: QuestionModel;
}

@ObjectType('InterviewKit', {
  description: 'A reusable interview plan: target role, rubric, ordered questions with planned minutes, interviewer instructions.',
})
export class KitModel {
  @Field(() => ID, { description: 'The kit\u2019s id.' })
  id!: string;

  @Field(() => String, { description: 'The kit\u2019s name.' })
  name!: string;

  @Field(() => String, { description: 'The role it interviews for.' })
  targetRole!: string;

  @Field(() => ID, { description: 'The rubric its sessions are scored with.' })
  rubricId!: string;

  @Field(() => RubricModel, { description: 'That rubric, at its latest version.' })
  rubric!: RubricModel;

  @Field(() => String, { description: 'Instructions shown to interviewers in the room; empty when none.' })
  instructions!: string;

  @Field(() => [KitItemModel], { description: 'Its questions in interview order.' })
  items!: KitItemModel[];

  @Field(() => Int, { description: 'Sum of the items\u2019 planned minutes.' })
  totalMinutes!: number;

  @Field(() => Int, { description: 'Raised by every change; pass it back as expectedVersion in updateKit.' })
  version!: number;

  @Field(() => Date, { description: 'When the kit last changed.' })
  updatedAt!: Date;
}
