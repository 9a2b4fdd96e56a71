import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { UserModel } from '@api/core/graphql/user.model';

@ObjectType('OutstandingScorecard', { description: 'A scorecard owed for a session that ended.' })
export class OutstandingScorecardModel {
  @Field(() => ID, { description: 'The session that ended.' })
  sessionId!: string;

  @Field(() => String, { description: 'The candidate\u2019s name.' })
  candidateName!: string;

  @Field(() => UserModel, { description: 'The lead or co-interviewer who owes it.' })
  interviewer!: UserModel;

  @Field(() => Date, { description: 'When the session ended: its completion, else its planned end.' })
  endedAt!: Date;

  @Field(() => Float, { description: 'Hours since the session ended.' })
  ageHours!: number;

  @Field(() => Boolean, { description: 'True once the team\u2019s scorecardDueHours have passed since the end.' })
  overdue!: boolean;

  @Field(() => Boolean, { description: 'True when the interviewer has been sent the automatic reminder.' })
  reminded!: boolean;

  @Field(() => Boolean, { description: 'True when the coordinators have been told it is missing (escalation).' })
  escalated!: boolean;
}

@ObjectType('InterviewerTimeliness', { description: 'One interviewer\u2019s owed scorecards and speed of submission.' })
export class InterviewerTimelinessModel {
  @Field(() => UserModel, { description: 'The interviewer.' })
  interviewer!: UserModel;

  @Field(() => Int, { description: 'Owed and not overdue yet.' })
  due!: number;

  @Field(() => Int, { description: 'Owed and overdue.' })
  overdue!: number;

  @Field(() => Float, { nullable: true, description: 'Hours since the end of the oldest session they owe a scorecard for; null when none.' })
  oldestOutstandingHours!: number | null;

  @Field(() => Int, { description: 'Submitted in the last 90 days.' })
  submitted!: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from session end to submission, last 90 days.' })
  medianHours!: number | null;
}

@ObjectType('FeedbackTimeliness', { description: 'How promptly the team\u2019s scorecards come in.' })
export class FeedbackTimelinessModel {
  @Field(() => [InterviewerTimelinessModel], { description: 'One row per interviewer, by name.' })
  interviewers!: InterviewerTimelinessModel[];

  @Field(() => [OutstandingScorecardModel], { description: 'Scorecards still owed for ended sessions, oldest first, at most 500.' })
  outstanding!: OutstandingScorecardModel[];

  @Field(() => Float, { nullable: true, description: 'Median hours from session end to submission across the team, last 90 days; null with none.' })
  teamMedianHours!: number | null;
}
