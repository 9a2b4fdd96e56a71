import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsString, IsUUID, Max, Min, MinLength, ValidateNested } from 'class-validator';

import { MaxChars } from '@api/graphql/max-chars';

@InputType()
export class KitItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'questionId must be a UUID' })
  questionId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'plannedMinutes must be at least 1' })
  @Max(240, { message: 'plannedMinutes must be at most 240' })
  plannedMinutes!: number;
}

@InputType()
export class CreateKitInput {
  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxChars(200)
  name!: string;

  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'targetRole must not be empty' })
  @MaxChars(200)
  targetRole!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'rubricId must be a UUID' })
  rubricId!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxChars(10_000)
  instructions!: string;

  @Field(() => [KitItemInput], { description: 'Questions in interview order.' })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => KitItemInput)
  items!: KitItemInput[];
}

@InputType()
export class UpdateKitInput extends CreateKitInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => Int, { description: 'The version this edit started from; a newer one answers CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
