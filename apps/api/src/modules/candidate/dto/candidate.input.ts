import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  MinLength,
} from 'class-validator';

import { MaxChars } from '@api/graphql/max-chars';

@InputType()
export class CreateCandidateInput {
  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxChars(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxChars(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  targetRole?: string | null;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxChars(20_000)
  notes!: string;
}

@InputType()
export class UpdateCandidateInput extends CreateCandidateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class MergeCandidatesInput {
  @Field(() => ID, { description: 'The record that stays.' })
  @IsUUID('all', { message: 'targetId must be a UUID' })
  targetId!: string;

  @Field(() => [ID], { description: 'Duplicates folded into the target, then removed.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'sourceIds must be UUIDs' })
  sourceIds!: string[];
}

@ArgsType()
export class CandidatesArgs {
  @Field(() => String, { nullable: true, description: 'Matches name, email or target role.' })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  search?: string;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(500)
  after?: string;
}

@InputType({ description: 'A privacy request: removes the candidate\u2019s personal data and notes; anonymous ratings stay.' })
export class DeleteCandidateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'candidateId must be a UUID' })
  candidateId!: string;

  @Field(() => String)
  @IsString()
  @MinLength(3, { message: 'Say why the candidate is deleted (e.g. their request)' })
  @MaxChars(1_000)
  reason!: string;
}
