import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { UserModel } from '@api/modules/identity/dto/user.model';

@ObjectType('OutstandingScorecard', { description: 'A scorecard owed for a session that ended.' })
export class OutstandingScorecardModel {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => String)
  candidateName!: string;

  @Field(() => UserModel)
  interviewer!: UserModel;

  @Field(() => Date)
  endedAt!: Date;

  @Field(() => Float, { description: 'Hours since the session ended.' })
  ageHours!: number;

  @Field(() => Boolean)
  overdue!: boolean;

  @Field(() => Boolean)
  reminded!: boolean;

  @Field(() => Boolean)
  escalated!: boolean;
}

@ObjectType('InterviewerTimeliness')
export class InterviewerTimelinessModel {
  @Field(() => UserModel)
  interviewer!: UserModel;

  @Field(() => Int, { description: 'Owed and not overdue yet.' })
  due!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Float, { nullable: true })
  oldestOutstandingHours!: number | null;

  @Field(() => Int, { description: 'Submitted in the last 90 days.' })
  submitted!: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from session end to submission, last 90 days.' })
  medianHours!: number | null;
}

@ObjectType('FeedbackTimeliness')
export class FeedbackTimelinessModel {
  @Field(() => [InterviewerTimelinessModel])
  interviewers!: InterviewerTimelinessModel[];

  @Field(() => [OutstandingScorecardModel], { description: 'Oldest first.' })
  outstanding!: OutstandingScorecardModel[];

  @Field(() => Float, { nullable: true })
  teamMedianHours!: number | null;
}
