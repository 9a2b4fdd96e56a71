import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

import { MaxChars } from '@api/core/graphql/max-chars';

export const NOTE_MAX_LENGTH = 20_000;
export const CUSTOM_FOLLOW_UP_MAX_LENGTH = 500;

@InputType({ description: 'Names one interview session.' })
export class SessionIdInput {
  @Field(() => ID, { description: 'The session\u2019s id.' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;
}

@InputType({ description: 'Marks a question of a running session as asked, or takes the mark back.' })
export class MarkQuestionAskedInput {
  @Field(() => ID, { description: 'The question in the session\u2019s plan (SessionQuestion.id, not the bank question\u2019s).' })
  @IsUUID('all', { message: 'sessionQuestionId must be a UUID' })
  sessionQuestionId!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'False takes the mark back.' })
  @IsBoolean()
  asked!: boolean;
}

@InputType({ description: 'Skips a question of a running session\u2019s plan, or brings it back.' })
export class SkipQuestionInput {
  @Field(() => ID, { description: 'The question in the session\u2019s plan (SessionQuestion.id, not the bank question\u2019s).' })
  @IsUUID('all', { message: 'sessionQuestionId must be a UUID' })
  sessionQuestionId!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'False brings a skipped question back.' })
  @IsBoolean()
  skipped!: boolean;
}

@InputType({ description: 'Adds a bank question at the end of a scheduled or running session\u2019s plan.' })
export class AddQuestionToSessionInput {
  @Field(() => ID, { description: 'The session to add to.' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => ID, {
    description: 'A bank question of the team (its current revision is added); retired: BAD_USER_INPUT, already in the plan: CONFLICT.',
  })
  @IsUUID('all', { message: 'questionId must be a UUID' })
  questionId!: string;

  @Field(() => Int, { defaultValue: 5, description: 'Minutes planned for it, 1 to 240.' })
  @IsInt()
  @Min(1)
  @Max(240)
  plannedMinutes!: number;
}

@InputType({ description: 'An autosave of one note: the whole note, with the version it was edited from.' })
export class SaveSessionNoteInput {
  @Field(() => ID, { description: 'The session the note belongs to.' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The question in the session\u2019s plan (SessionQuestion.id) the note is about; omit for the overall note.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'sessionQuestionId must be a UUID' })
  sessionQuestionId?: string | null;

  @Field(() => String, { description: 'The whole note text, at most 20,000 characters; stored as given.' })
  @IsString()
  @MaxChars(NOTE_MAX_LENGTH, { message: `Notes are limited to ${NOTE_MAX_LENGTH} characters` })
  text!: string;

  @Field(() => [Int], {
    defaultValue: [],
    description:
      '0-based indexes into the question\u2019s followUps that were asked (at most 100; duplicates dropped); an index past the list is BAD_USER_INPUT. Only on a question\u2019s note.',
  })
  @ArrayMaxSize(100)
  @IsInt({ each: true })
  @Min(0, { each: true })
  followUpsAsked!: number[];

  @Field(() => [String], {
    defaultValue: [],
    description: 'Follow-ups written on the spot: at most 50, each at most 500 characters (trimmed, blank ones dropped). Only on a question\u2019s note.',
  })
  @ArrayMaxSize(50, { message: 'At most 50 follow-ups written on the spot' })
  @IsString({ each: true })
  @MaxChars(CUSTOM_FOLLOW_UP_MAX_LENGTH, {
    each: true,
    message: `A follow-up is limited to ${CUSTOM_FOLLOW_UP_MAX_LENGTH} characters`,
  })
  customFollowUps!: string[];

  @Field(() => Int, {
    description: '0 for a note not saved yet; otherwise the version this edit started from. A stale one is CONFLICT carrying the stored note.',
  })
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
  @Field(() => Int, { defaultValue: 14, description: 'How many days ahead to look, 1 to 92 (sessions that began up to 12 hours ago are included).' })
  @IsInt()
  @Min(1)
  @Max(92)
  days!: number;
}

@ArgsType()
export class SessionActivityHistoryArgs {
  @Field(() => ID, { description: 'The session whose room history to read.' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId!: string;

  @Field(() => Int, { defaultValue: 20, description: 'How many of the latest events, newest first (at most 100).' })
  @IsInt()
  @Min(1)
  @Max(100)
  last!: number;
}
