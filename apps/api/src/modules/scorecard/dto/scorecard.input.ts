import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Min, MinLength, ValidateNested } from 'class-validator';

import { SCORECARD_LIMITS } from '@panelwise/domain-scorecard';

import { MaxChars } from '@api/graphql/max-chars';
import { Recommendation } from '@api/modules/scorecard/scorecard-status';

@InputType()
export class CompetencyRatingInput {
  @Field(() => ID)
  @IsString()
  @MaxChars(64)
  competencyId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  level?: number | null;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  notAssessed!: boolean;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxChars(SCORECARD_LIMITS.evidenceLength, { message: `Evidence is limited to ${SCORECARD_LIMITS.evidenceLength} characters` })
  evidence!: string;
}

@InputType()
export class QuestionRatingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionQuestionId must be a UUID' })
  sessionQuestionId!: string;

  @Field(() => Int)
  @IsInt()
  level!: number;
}

@InputType({ isAbstract: true })
class ScorecardContentInput {
  @Field(() => [CompetencyRatingInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CompetencyRatingInput)
  ratings!: CompetencyRatingInput[];

  @Field(() => [QuestionRatingInput], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => QuestionRatingInput)
  questionRatings!: QuestionRatingInput[];

  @Field(() => Recommendation, { nullable: true })
  @IsOptional()
  @IsEnum(Recommendation)
  recommendation?: Recommendation | null;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxChars(SCORECARD_LIMITS.summaryLength, { message: `The summary is limited to ${SCORECARD_LIMITS.summaryLength} characters` })
  summary!: string;

  @Field(() => Int, { description: '0 for a scorecard not saved yet; otherwise the version this edit started from.' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}

@InputType({ description: 'Saves your draft scorecard for a session (autosave).' })
export class SaveScorecardInput extends ScorecardContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;
}

@InputType()
export class SubmitScorecardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'scorecardId must be a UUID' })
  scorecardId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType({ description: 'Changes a submitted scorecard; the reason and the previous content are kept.' })
export class AmendScorecardInput extends ScorecardContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'scorecardId must be a UUID' })
  scorecardId!: string;

  @Field(() => String)
  @IsString()
  @MinLength(3, { message: 'Say why the scorecard changes' })
  @MaxChars(2_000)
  reason!: string;
}

@InputType()
export class SetRevealDeadlineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => Date, { nullable: true, description: 'Null removes the deadline.' })
  @IsOptional()
  @IsDate()
  revealAt?: Date | null;
}
