import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { MaxChars } from '@api/core/graphql/max-chars';

export const QUESTION_LIMITS = {
  prompt: 2_000,
  kind: 120,
  context: 10_000,
  summary: 10_000,
  label: 200,
  text: 10_000,
  item: 2_000,
  items: 50,
  fields: 30,
  followUp: 2_000,
  followUps: 30,
} as const;

@InputType({
  description:
    'One labelled field of a model answer: a text, or a list of items (send one of them). Nested sub-fields cannot be written here; keepCurrent keeps them.',
})
export class AnswerFieldInput {
  @Field(() => String, {
    defaultValue: '',
    description:
      'The label, e.g. Description, Approach, Pitfalls; at most 200 characters; empty for none.',
  })
  @IsString()
  @MaxChars(QUESTION_LIMITS.label)
  label!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The field\u2019s text (inline Markdown; blocks separated by a blank line), at most 10,000 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(QUESTION_LIMITS.text)
  text?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'The field as a list: at most 50 items of at most 2,000 characters each; blank items are dropped.',
  })
  @IsOptional()
  @ArrayMaxSize(QUESTION_LIMITS.items)
  @IsString({ each: true })
  @MaxChars(QUESTION_LIMITS.item, { each: true })
  items?: string[] | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'True when the list is numbered.',
  })
  @IsBoolean()
  ordered!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Edits only: true keeps the current revision\u2019s field with this label exactly as it is (text, items and nested sub-fields); BAD_USER_INPUT when it has none.',
  })
  @IsBoolean()
  keepCurrent!: boolean;
}

@InputType({
  description:
    'A model answer as the question form writes it: an optional summary and labelled fields.',
})
export class ModelAnswerInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Text before the fields (inline Markdown), at most 10,000 characters; null or blank for none.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(QUESTION_LIMITS.summary)
  summary?: string | null;

  @Field(() => [AnswerFieldInput], {
    description: 'Labelled fields in order, at most 30.',
  })
  @ArrayMaxSize(QUESTION_LIMITS.fields)
  @ValidateNested({ each: true })
  @Type(() => AnswerFieldInput)
  fields!: AnswerFieldInput[];
}

@InputType({
  description:
    'A new question written in the app, added at the end of its kind in the guide as revision 1.',
})
export class CreateQuestionInput {
  @Field(() => ID, {
    description: 'The team\u2019s guide to add it to (NOT_FOUND otherwise).',
  })
  @IsUUID('all', { message: 'guideId must be a UUID' })
  guideId!: string;

  @Field(() => String, {
    description:
      'The kind heading, e.g. "Technical Questions" or one of the guide\u2019s own (Question.kind), 1 to 120 characters (trimmed); it decides Question.kindKey.',
  })
  @IsString()
  @MinLength(1, { message: 'Choose the kind of question.' })
  @MaxChars(QUESTION_LIMITS.kind)
  kind!: string;

  @Field(() => String, {
    description:
      'The question text (inline Markdown), 1 to 2,000 characters (trimmed).',
  })
  @IsString()
  @MinLength(1, { message: 'Write the question.' })
  @MaxChars(QUESTION_LIMITS.prompt)
  prompt!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Material shown with the prompt (Markdown), at most 10,000 characters; null or blank for none.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(QUESTION_LIMITS.context)
  context?: string | null;

  @Field(() => ModelAnswerInput, { description: 'The model answer.' })
  @ValidateNested()
  @Type(() => ModelAnswerInput)
  answer!: ModelAnswerInput;

  @Field(() => [String], {
    description:
      'Follow-up points in order, at most 30, each 1 to 2,000 characters (trimmed).',
  })
  @ArrayMaxSize(QUESTION_LIMITS.followUps)
  @IsString({ each: true })
  @MinLength(1, {
    each: true,
    message: 'Write each follow-up point, or remove it.',
  })
  @MaxChars(QUESTION_LIMITS.followUp, { each: true })
  followUps!: string[];
}

@InputType({
  description:
    'An edit of a question: writes revision expectedRevision + 1 from the current one with the given parts replaced. Named answer parts (ModelAnswer.parts) are kept as they are.',
})
export class UpdateQuestionInput {
  @Field(() => ID, { description: 'The question to edit.' })
  @IsUUID('all', { message: 'questionId must be a UUID' })
  questionId!: string;

  @Field(() => Int, {
    description:
      'Question.revision this edit started from; a newer stored one answers CONFLICT with extensions.currentVersion.',
  })
  @IsInt()
  @Min(1)
  expectedRevision!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'A new kind heading, 1 to 120 characters (trimmed); null keeps the kind.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Choose the kind of question.' })
  @MaxChars(QUESTION_LIMITS.kind)
  kind?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A new question text, 1 to 2,000 characters (trimmed); null keeps it.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Write the question.' })
  @MaxChars(QUESTION_LIMITS.prompt)
  prompt?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'New context, at most 10,000 characters; blank removes it; null keeps it.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(QUESTION_LIMITS.context)
  context?: string | null;

  @Field(() => ModelAnswerInput, {
    nullable: true,
    description:
      'A new summary and fields of the model answer; null keeps the answer. Named parts are always kept.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ModelAnswerInput)
  answer?: ModelAnswerInput | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'New follow-up points (at most 30, each 1 to 2,000 characters, trimmed); null keeps them. Model responses stay with unchanged points.',
  })
  @IsOptional()
  @ArrayMaxSize(QUESTION_LIMITS.followUps)
  @IsString({ each: true })
  @MinLength(1, {
    each: true,
    message: 'Write each follow-up point, or remove it.',
  })
  @MaxChars(QUESTION_LIMITS.followUp, { each: true })
  followUps?: string[] | null;
}
