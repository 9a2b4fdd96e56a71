import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsString, IsUUID, Max, Min, MinLength, ValidateNested } from 'class-validator';

import { MaxChars } from '@api/core/graphql/max-chars';

@InputType({ description: 'One question of a kit with its planned time.' })
export class KitItemInput {
  @Field(() => ID, { description: 'A bank question of the team, not retired, at most once per kit (else BAD_USER_INPUT).' })
  @IsUUID('all', { message: 'questionId must be a UUID' })
  questionId!: string;

  @Field(() => Int, { description: 'Minutes planned for it, 1 to 240.' })
  @IsInt()
  @Min(1, { message: 'Plan at least 1 minute for each question.' })
  @Max(240, { message: 'Plan at most 240 minutes for one question.' })
  plannedMinutes!: number;
}

@InputType({ description: 'A new interview kit: a reusable plan of questions scored with one rubric.' })
export class CreateKitInput {
  @Field(() => String, { description: 'The kit\u2019s name, 1 to 200 characters (trimmed).' })
  @IsString()
  @MinLength(1, { message: 'Give the kit a name.' })
  @MaxChars(200)
  name!: string;

  @Field(() => String, { description: 'The role it interviews for, 1 to 200 characters (trimmed).' })
  @IsString()
  @MinLength(1, { message: 'Enter the role this kit interviews for.' })
  @MaxChars(200)
  targetRole!: string;

  @Field(() => ID, { description: 'The team\u2019s rubric that sessions from this kit are scored with (NOT_FOUND otherwise).' })
  @IsUUID('all', { message: 'rubricId must be a UUID' })
  rubricId!: string;

  @Field(() => String, { defaultValue: '', description: 'Instructions shown to interviewers in the room, at most 10,000 characters.' })
  @IsString()
  @MaxChars(10_000)
  instructions!: string;

  @Field(() => [KitItemInput], { description: 'Questions in interview order, at most 60.' })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => KitItemInput)
  items!: KitItemInput[];
}

@InputType({ description: 'Replaces a kit\u2019s content; sessions already scheduled keep the plan they were given.' })
export class UpdateKitInput extends CreateKitInput {
  @Field(() => ID, { description: 'The kit to change.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => Int, { description: 'InterviewKit.version this edit started from; a newer stored one answers CONFLICT with extensions.currentVersion.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType({ description: 'One bank question appended to the end of a kit.' })
export class AddQuestionToKitInput {
  @Field(() => ID, { description: 'The team\u2019s kit (NOT_FOUND otherwise); it holds at most 60 questions.' })
  @IsUUID('all', { message: 'kitId must be a UUID' })
  kitId!: string;

  @Field(() => ID, { description: 'A bank question of the team, not retired and not in the kit yet (else BAD_USER_INPUT).' })
  @IsUUID('all', { message: 'questionId must be a UUID' })
  questionId!: string;

  @Field(() => Int, { defaultValue: 10, description: 'Minutes planned for it, 1 to 240.' })
  @IsInt()
  @Min(1, { message: 'Plan at least 1 minute for the question.' })
  @Max(240, { message: 'Plan at most 240 minutes for one question.' })
  plannedMinutes!: number;
}
