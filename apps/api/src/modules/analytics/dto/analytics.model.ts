import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';

import { UserModel } from '@api/modules/identity/dto/user.model';

@InputType()
export class AnalyticsFilterInput {
  @Field(() => Date, { description: 'Sessions starting at or after this time.' })
  @IsDate()
  from!: Date;

  @Field(() => Date, { description: 'Sessions starting before this time.' })
  @IsDate()
  to!: Date;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'kitId must be a UUID' })
  kitId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'interviewerId must be a UUID' })
  interviewerId?: string | null;
}

@ObjectType('InterviewerCalibration', { description: 'One interviewer on one competency, against the rest of the panel on the same sessions.' })
export class InterviewerCalibrationModel {
  @Field(() => UserModel)
  interviewer!: UserModel;

  @Field(() => ID)
  competencyId!: string;

  @Field(() => String)
  competencyName!: string;

  @Field(() => Int, { description: 'Ratings that another panelist also gave on the same session.' })
  ratings!: number;

  @Field(() => Float)
  meanRating!: number;

  @Field(() => Float, { description: 'Mean of the other panelists\u2019 ratings on the same sessions.' })
  panelMean!: number;

  @Field(() => Float, { description: 'meanRating - panelMean: above 0 lenient, below 0 severe.' })
  leniency!: number;
}

@ObjectType('CompetencyAgreement')
export class CompetencyAgreementModel {
  @Field(() => ID)
  competencyId!: string;

  @Field(() => String)
  competencyName!: string;

  @Field(() => Float, { nullable: true, description: "Krippendorff's alpha (interval); null when undefined." })
  alpha!: number | null;

  @Field(() => Int, { description: 'Session ratings by two or more panelists.' })
  units!: number;

  @Field(() => Int)
  pairableRatings!: number;
}

@ObjectType('SubmissionTime')
export class SubmissionTimeModel {
  @Field(() => UserModel)
  interviewer!: UserModel;

  @Field(() => Int)
  submitted!: number;

  @Field(() => Float, { description: 'Median hours from the session\u2019s end to submission.' })
  medianHours!: number;
}

@ObjectType('QuestionUsage')
export class QuestionUsageModel {
  @Field(() => ID)
  questionId!: string;

  @Field(() => String)
  prompt!: string;

  @Field(() => Int)
  timesAsked!: number;

  @Field(() => Int)
  ratings!: number;

  @Field(() => Float, { nullable: true })
  meanRating!: number | null;

  @Field(() => Int, { description: 'Question ratings on candidates with an advance/ready or reject/needs-practice decision.' })
  decidedRatings!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of those ratings on the same side as the decision (above the scale\u2019s middle = positive).',
  })
  agreementWithDecision!: number | null;
}

@ObjectType('Calibration')
export class CalibrationModel {
  @Field(() => [InterviewerCalibrationModel])
  interviewers!: InterviewerCalibrationModel[];

  @Field(() => [CompetencyAgreementModel])
  agreement!: CompetencyAgreementModel[];

  @Field(() => [SubmissionTimeModel])
  submissionTimes!: SubmissionTimeModel[];

  @Field(() => Float, { nullable: true, description: 'Median hours to submit across the team.' })
  teamMedianHours!: number | null;

  @Field(() => [QuestionUsageModel], { description: 'Most asked first, at most 50.' })
  questionUsage!: QuestionUsageModel[];
}
