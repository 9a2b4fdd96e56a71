import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { UserModel } from '@api/modules/identity/dto/user.model';
import { QuestionModel } from '@api/modules/question/dto/question.model';

@ObjectType('SessionQuestion', { description: 'One question of a session\u2019s plan, at the revision asked.' })
export class SessionQuestionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => Int)
  plannedMinutes!: number;

  @Field(() => QuestionModel)
  question!: QuestionModel;

  @Field(() => Boolean, { description: 'False when added in the room.' })
  fromKit!: boolean;

  @Field(() => Date, { nullable: true })
  askedAt!: Date | null;

  @Field(() => UserModel, { nullable: true })
  askedBy!: UserModel | null;

  @Field(() => Date, { nullable: true })
  skippedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When this candidate was last asked this question in another session (question exposure).',
  })
  previouslyAskedAt!: Date | null;
}

@ObjectType('SessionNote', { description: 'One interviewer\u2019s notes on a question, or on the whole session.' })
export class SessionNoteModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID, { nullable: true, description: 'Null for the overall note.' })
  sessionQuestionId!: string | null;

  @Field(() => String)
  text!: string;

  @Field(() => [Int], { description: 'Indexes of the guide\u2019s follow-up points that were asked.' })
  followUpsAsked!: number[];

  @Field(() => [String], { description: 'Follow-ups written on the spot.' })
  customFollowUps!: string[];

  @Field(() => Int, { description: 'Pass back as expectedVersion on the next save.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'The client edit id of the last stored save.' })
  lastEditId!: string | null;

  @Field(() => Date)
  updatedAt!: Date;
}
