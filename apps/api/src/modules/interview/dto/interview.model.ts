import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { UserModel } from '@api/core/graphql/user.model';
import { QuestionModel } from '@api/modules/question/dto/question.model';

@ObjectType('SessionQuestion', { description: 'One question of a session\u2019s plan, at the revision asked.' })
export class SessionQuestionModel {
  @Field(() => ID, { description: 'This plan entry\u2019s id (the one to mark asked, skip or write notes on).' })
  id!: string;

  @Field(() => ID, { description: 'The session whose plan it belongs to.' })
  sessionId!: string;

  @Field(() => Int, { description: 'Its 0-based place in the plan; questions added in the room come after the kit\u2019s.' })
  position!: number;

  @Field(() => Int, { description: 'Minutes planned for it.' })
  plannedMinutes!: number;

  @Field(() => QuestionModel, { description: 'The bank question at the revision this entry holds: the one current when it was marked asked (until then, when it was planned).' })
  question!: QuestionModel;

  @Field(() => Boolean, { description: 'False when added in the room.' })
  fromKit!: boolean;

  @Field(() => Date, { nullable: true, description: 'When a panelist marked it asked; null until then.' })
  askedAt!: Date | null;

  @Field(() => UserModel, { nullable: true, description: 'Who marked it asked; null until then.' })
  askedBy!: UserModel | null;

  @Field(() => Date, { nullable: true, description: 'When it was skipped; null when not skipped.' })
  skippedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When this candidate was last asked this question in another session (question exposure).',
  })
  previouslyAskedAt!: Date | null;
}

@ObjectType('SessionNote', { description: 'One interviewer\u2019s notes on a question, or on the whole session.' })
export class SessionNoteModel {
  @Field(() => ID, { description: 'The note\u2019s id.' })
  id!: string;

  @Field(() => ID, { description: 'The session it belongs to.' })
  sessionId!: string;

  @Field(() => ID, { nullable: true, description: 'Null for the overall note.' })
  sessionQuestionId!: string | null;

  @Field(() => String, { description: 'The note text as last saved.' })
  text!: string;

  @Field(() => [Int], { description: '0-based indexes of the question\u2019s followUps that were asked, ascending.' })
  followUpsAsked!: number[];

  @Field(() => [String], { description: 'Follow-ups written on the spot.' })
  customFollowUps!: string[];

  @Field(() => Int, { description: 'Pass back as expectedVersion on the next save.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'The client edit id of the last stored save.' })
  lastEditId!: string | null;

  @Field(() => Date, { description: 'When it was last saved.' })
  updatedAt!: Date;
}
