import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Min,
  MinLength,
} from 'class-validator';

import { MaxChars } from '@api/core/graphql/max-chars';
import { PageArgs } from '@api/core/graphql/page.args';

@InputType({ description: 'A new candidate record of the current team.' })
export class CreateCandidateInput {
  @Field(() => String, { description: 'Full name, 1 to 200 characters (trimmed).' })
  @IsString()
  @MinLength(1, { message: 'Enter the candidate\u2019s name.' })
  @MaxChars(200)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Contact email, at most 254 characters; stored trimmed and lower-cased. Candidates sharing an email can be merged.',
  })
  @IsOptional()
  @IsEmail({}, { message: 'Enter an email address, like name@example.com.' })
  @MaxChars(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'The role they are interviewing or practising for, at most 200 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  targetRole?: string | null;

  @Field(() => String, { defaultValue: '', description: 'Coordinators\u2019 free-text notes, at most 20,000 characters.' })
  @IsString()
  @MaxChars(20_000)
  notes!: string;
}

@InputType({ description: 'Replaces a candidate\u2019s details; every field is written as given.' })
export class UpdateCandidateInput extends CreateCandidateInput {
  @Field(() => ID, { description: 'The candidate to change.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => Int, {
    description: 'Candidate.version this edit started from; a newer stored one answers CONFLICT with extensions.currentVersion.',
  })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType({ description: 'Folds duplicate candidates (same email, case-insensitive) into one.' })
export class MergeCandidatesInput {
  @Field(() => ID, { description: 'The record that stays; its details are kept and the duplicates\u2019 notes are appended.' })
  @IsUUID('all', { message: 'targetId must be a UUID' })
  targetId!: string;

  @Field(() => [ID], {
    description: '1 to 20 duplicates with the target\u2019s email: their sessions, scorecards and decisions move to the target, then they are deleted. The target itself is BAD_USER_INPUT.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'sourceIds must be UUIDs' })
  sourceIds!: string[];
}

@ArgsType()
export class CandidatesArgs extends PageArgs({ defaultPageSize: 50 }) {
  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive substring of name, email or target role, at most 200 characters; null or blank for all.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  search?: string;
}

@InputType({ description: 'A privacy request: removes the candidate\u2019s personal data and notes; anonymous ratings stay.' })
export class DeleteCandidateInput {
  @Field(() => ID, { description: 'The candidate to delete.' })
  @IsUUID('all', { message: 'candidateId must be a UUID' })
  candidateId!: string;

  @Field(() => String, { description: 'Why (e.g. the candidate\u2019s request), 3 to 1,000 characters; kept in the audit log.' })
  @IsString()
  @MinLength(3, { message: 'Say why the candidate is deleted (e.g. their request)' })
  @MaxChars(1_000)
  reason!: string;
}
