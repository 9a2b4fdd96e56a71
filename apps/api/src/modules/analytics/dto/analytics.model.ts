import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';

import { UserModel } from '@api/core/graphql/user.model';

@InputType({ description: 'Which sessions the calibration figures cover: a start-time range of at most 731 days, optionally one kit or one interviewer.' })
export class AnalyticsFilterInput {
  @Field(() => Date, { description: 'Sessions starting at or after this instant.' })
  @IsDate()
  from!: Date;

  @Field(() => Date, {
    description: 'Sessions starting before this instant; must be after from and at most 731 days later (else BAD_USER_INPUT on to).',
  })
  @IsDate()
  to!: Date;

  @Field(() => ID, { nullable: true, description: 'Only sessions run from this interview kit; null for every kit.' })
  @IsOptional()
  @IsUUID('all', { message: 'kitId must be a UUID' })
  kitId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this interviewer\u2019s rows in interviewers and submissionTimes; agreement, question usage and the team median still cover the whole panel.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'interviewerId must be a UUID' })
  interviewerId?: string | null;
}

@ObjectType('InterviewerCalibration', { description: 'One interviewer on one competency, against the rest of the panel on the same sessions.' })
export class InterviewerCalibrationModel {
  @Field(() => UserModel, { description: 'The interviewer these figures describe.' })
  interviewer!: UserModel;

  @Field(() => ID, { description: 'The rubric competency rated (its id stays the same across rubric versions).' })
  competencyId!: string;

  @Field(() => String, { description: 'The competency\u2019s name in its latest rubric version, or "Removed competency".' })
  competencyName!: string;

  @Field(() => Int, { description: 'Ratings that another panelist also gave on the same session.' })
  ratings!: number;

  @Field(() => Float, { description: 'Mean level this interviewer gave on those ratings, on the rubric\u2019s scale (default 1\u20134).' })
  meanRating!: number;

  @Field(() => Float, { description: 'Mean of the other panelists\u2019 ratings on the same sessions.' })
  panelMean!: number;

  @Field(() => Float, { description: 'Mean of (own rating - mean of the rest of the panel on that session): above 0 lenient, below 0 severe.' })
  leniency!: number;

  @Field(() => Float, { nullable: true, description: 'Lower end of the 95% confidence interval of leniency (Student t on the per-session deviations); null below two ratings.' })
  leniencyLow!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper end of the 95% confidence interval of leniency; null below two ratings.' })
  leniencyHigh!: number | null;

  @Field(() => Boolean, { description: 'At least Calibration.minimums.leniencyRatings ratings: below that, show "not enough data" rather than the figure.' })
  hasEnoughData!: boolean;
}

@ObjectType('CompetencyAgreement', { description: 'How well the panelists of the same sessions agree on one competency.' })
export class CompetencyAgreementModel {
  @Field(() => ID, { description: 'The rubric competency (its id stays the same across rubric versions).' })
  competencyId!: string;

  @Field(() => String, { description: 'The competency\u2019s name in its latest rubric version, or "Removed competency".' })
  competencyName!: string;

  @Field(() => Float, {
    nullable: true,
    description: "Krippendorff's alpha (interval); null when undefined (no variation). Below hasEnoughData it is too unstable to judge by: show that instead.",
  })
  alpha!: number | null;

  @Field(() => Boolean, { description: 'At least Calibration.minimums.agreementUnits sessions rated by two or more panelists.' })
  hasEnoughData!: boolean;

  @Field(() => Int, { description: 'Session ratings by two or more panelists.' })
  units!: number;

  @Field(() => Int, { description: 'Ratings inside those units (the ones that can be paired with another panelist\u2019s).' })
  pairableRatings!: number;
}

@ObjectType('SubmissionTime', { description: 'How quickly one interviewer submits scorecards, slowest first.' })
export class SubmissionTimeModel {
  @Field(() => UserModel, { description: 'The interviewer these figures describe.' })
  interviewer!: UserModel;

  @Field(() => Int, { description: 'Scorecards they submitted on sessions in the filter.' })
  submitted!: number;

  @Field(() => Float, {
    description: 'Median hours from the session\u2019s actual end (completed, else planned end) to submission; a scorecard submitted before that end counts 0.',
  })
  medianHours!: number;
}

@ObjectType('QuestionUsage', { description: 'How often a bank question was asked in the filter\u2019s sessions and how it was rated.' })
export class QuestionUsageModel {
  @Field(() => ID, { description: 'The bank question.' })
  questionId!: string;

  @Field(() => String, { description: 'The prompt of the question\u2019s current revision.' })
  prompt!: string;

  @Field(() => Int, { description: 'Sessions in which it was marked asked.' })
  timesAsked!: number;

  @Field(() => Int, { description: 'Per-question ratings on submitted scorecards the caller may read.' })
  ratings!: number;

  @Field(() => Float, { nullable: true, description: 'Mean of those ratings on the rubric\u2019s scale; null with no rating.' })
  meanRating!: number | null;

  @Field(() => Int, { description: 'Question ratings on candidates with an advance/ready or reject/needs-practice decision.' })
  decidedRatings!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of those ratings on the same side as the decision (above the scale\u2019s middle = positive).',
  })
  agreementWithDecision!: number | null;
}

@ObjectType('CalibrationMinimums', { description: 'The least data a figure needs before it is shown.' })
export class CalibrationMinimumsModel {
  @Field(() => Int, { description: 'Sessions where two or more panelists rated the competency, for agreement.' })
  agreementUnits!: number;

  @Field(() => Int, { description: 'Ratings of one interviewer on one competency shared with another panelist, for leniency.' })
  leniencyRatings!: number;
}

@ObjectType('Calibration', {
  description: 'Calibration analytics over the submitted scorecards of the filter\u2019s sessions, computed when asked.',
})
export class CalibrationModel {
  @Field(() => CalibrationMinimumsModel, { description: 'The thresholds below which a figure reads "not enough data".' })
  minimums!: CalibrationMinimumsModel;

  @Field(() => [InterviewerCalibrationModel], { description: 'Leniency per interviewer and competency, by interviewer name.' })
  interviewers!: InterviewerCalibrationModel[];

  @Field(() => [CompetencyAgreementModel], { description: 'Inter-rater agreement per competency, by competency name.' })
  agreement!: CompetencyAgreementModel[];

  @Field(() => [SubmissionTimeModel], { description: 'Time to submit per interviewer, slowest median first.' })
  submissionTimes!: SubmissionTimeModel[];

  @Field(() => Float, { nullable: true, description: 'Median hours to submit across the team; null with no submitted scorecard.' })
  teamMedianHours!: number | null;

  @Field(() => Int, { description: 'Submitted scorecards behind teamMedianHours.' })
  teamSubmitted!: number;

  @Field(() => [QuestionUsageModel], { description: 'Most asked first, at most 50.' })
  questionUsage!: QuestionUsageModel[];
}
