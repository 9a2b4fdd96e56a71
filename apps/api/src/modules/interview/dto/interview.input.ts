import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

import { MaxChars } from '@api/graphql/max-chars';

export const NOTE_MAX_LENGTH = 20_000;
export const CUSTOM_FOLLOW_UP_MAX_LENGTH = 500;

@InputType()
export class SessionIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;
}

@InputType()
export class MarkQuestionAskedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionQuestionId must be a UUID' })
  sessionQuestionId!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'False takes the mark back.' })
  @IsBoolean()
  asked!: boolean;
}

@InputType()
export class SkipQuestionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionQuestionId must be a UUID' })
  sessionQuestionId!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'False brings a skipped question back.' })
  @IsBoolean()
  skipped!: boolean;
}

@InputType()
export class AddQuestionToSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'questionId must be a UUID' })
  questionId!: string;

  @Field(() => Int, { defaultValue: 5 })
  @IsInt()
  @Min(1)
  @Max(240)
  plannedMinutes!: number;
}

@InputType({ description: 'An autosave of one note: the whole note, with the version it was edited from.' })
export class SaveSessionNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => ID, { nullable: true, description: 'Omit for the overall note.' })
  @IsOptional()
  @IsUUID('all', { message: 'sessionQuestionId must be a UUID' })
  sessionQuestionId?: string | null;

  @Field(() => String)
  @IsString()
  @MaxChars(NOTE_MAX_LENGTH, { message: `Notes are limited to ${NOTE_MAX_LENGTH} characters` })
  text!: string;

  @Field(() => [Int], { defaultValue: [] })
  @ArrayMaxSize(100)
  @IsInt({ each: true })
  @Min(0, { each: true })
  followUpsAsked!: number[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50, { message: 'At most 50 follow-ups written on the spot' })
  @IsString({ each: true })
  @MaxChars(CUSTOM_FOLLOW_UP_MAX_LENGTH, {
    each: true,
    message: `A follow-up is limited to ${CUSTOM_FOLLOW_UP_MAX_LENGTH} characters`,
  })
  customFollowUps!: string[];

  @Field(() => Int, { description: '0 for a note not saved yet; otherwise the version this edit started from.' })
  @IsInt()
  @Min(0)
  expectedVersion!: number;

  @Field(() => ID, {
    description:
      'A fresh id after each acknowledged save; retries of an unacknowledged save (even with newer text) reuse it, so a save whose answer was lost is not taken for a conflict.',
  })
  @IsUUID('all', { message: 'editId must be a UUID' })
  editId!: string;
}

@ArgsType()
export class MyInterviewsArgs {
  @Field(() => Int, { defaultValue: 14, description: 'How many days ahead to look.' })
  @IsInt()
  @Min(1)
  @Max(92)
  days!: number;
}
