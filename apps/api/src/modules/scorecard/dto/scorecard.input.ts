import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Min, MinLength, ValidateNested } from 'class-validator';

import { SCORECARD_LIMITS } from '@panelwise/domain-scorecard';

import { MaxChars } from '@api/core/graphql/max-chars';
import { Recommendation } from '@api/modules/scorecard/scorecard-status';

@InputType({ description: 'The rating of one competency of the scorecard\u2019s rubric version.' })
export class CompetencyRatingInput {
  @Field(() => ID, { description: 'A competency of the scorecard\u2019s rubric version (Scorecard.competencies), rated at most once.' })
  @IsString()
  @MaxChars(64)
  competencyId!: string;

  @Field(() => Int, { nullable: true, description: 'A level of the rubric\u2019s scale; null while unrated or when not assessed.' })
  @IsOptional()
  @IsInt()
  level?: number | null;

  @Field(() => Boolean, { defaultValue: false, description: 'True when the session gave no evidence on it; then level must be null.' })
  @IsBoolean()
  notAssessed!: boolean;

  @Field(() => String, {
    defaultValue: '',
    description: 'What the candidate said or did, at most 5,000 characters; required on submission for the scale\u2019s lowest and highest levels.',
  })
  @IsString()
  @MaxChars(SCORECARD_LIMITS.evidenceLength, { message: `Evidence is limited to ${SCORECARD_LIMITS.evidenceLength} characters` })
  evidence!: string;
}

@InputType({ description: 'An optional rating of one question of the session\u2019s plan.' })
export class QuestionRatingInput {
  @Field(() => ID, { description: 'The question in the session\u2019s plan (SessionQuestion.id), rated at most once.' })
  @IsUUID('all', { message: 'sessionQuestionId must be a UUID' })
  sessionQuestionId!: string;

  @Field(() => Int, { description: 'A level of the rubric\u2019s scale.' })
  @IsInt()
  level!: number;
}

@InputType({ isAbstract: true })
class ScorecardContentInput {
  @Field(() => [CompetencyRatingInput], {
    description: 'Competency ratings, at most 100. On submission every competency is rated or marked not assessed.',
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CompetencyRatingInput)
  ratings!: CompetencyRatingInput[];

  @Field(() => [QuestionRatingInput], { defaultValue: [], description: 'Optional per-question ratings, at most 200.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => QuestionRatingInput)
  questionRatings!: QuestionRatingInput[];

  @Field(() => Recommendation, { nullable: true, description: 'The overall recommendation; null in a draft, required on submission.' })
  @IsOptional()
  @IsEnum(Recommendation)
  recommendation?: Recommendation | null;

  @Field(() => String, { defaultValue: '', description: 'The written summary, at most 10,000 characters.' })
  @IsString()
  @MaxChars(SCORECARD_LIMITS.summaryLength, { message: `The summary is limited to ${SCORECARD_LIMITS.summaryLength} characters` })
  summary!: string;

  @Field(() => Int, {
    description:
      '0 for a scorecard not saved yet; otherwise the Scorecard.version this edit started from. A stale one is CONFLICT with extensions.currentVersion.',
  })
  @IsInt()
  @Min(0)
  expectedVersion!: number;
}

@InputType({ description: 'Saves your draft scorecard for a session (autosave).' })
export class SaveScorecardInput extends ScorecardContentInput {
  @Field(() => ID, { description: 'The session scored; the caller must be on its panel, and it must have started.' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;
}

@InputType({ description: 'Submits the caller\u2019s saved draft as it is stored.' })
export class SubmitScorecardInput {
  @Field(() => ID, { description: 'The caller\u2019s own draft scorecard.' })
  @IsUUID('all', { message: 'scorecardId must be a UUID' })
  scorecardId!: string;

  @Field(() => Int, {
    description: 'Scorecard.version of the draft the caller reviewed; a newer stored one is CONFLICT, so an unseen save is never submitted.',
  })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType({ description: 'Changes a submitted scorecard; the reason and the previous content are kept.' })
export class AmendScorecardInput extends ScorecardContentInput {
  @Field(() => ID, { description: 'The caller\u2019s own submitted scorecard.' })
  @IsUUID('all', { message: 'scorecardId must be a UUID' })
  scorecardId!: string;

  @Field(() => String, { description: 'Why it changes, 3 to 2,000 characters; kept with the previous content.' })
  @IsString()
  @MinLength(3, { message: 'Say why the scorecard changes' })
  @MaxChars(2_000)
  reason!: string;
}

@InputType({ description: 'When a session\u2019s scorecards open to its panel in simultaneous reveal mode.' })
export class SetRevealDeadlineInput {
  @Field(() => ID, { description: 'The session of the current team.' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'From this instant the submitted scorecards are readable to the panel even if some are missing; null removes the deadline.',
  })
  @IsOptional()
  @IsDate()
  revealAt?: Date | null;
}
