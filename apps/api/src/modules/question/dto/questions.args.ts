import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

import { AcceptsNulCharacters } from '@api/graphql/input-validation.pipe';
import { MaxChars } from '@api/graphql/max-chars';

@ArgsType()
export class QuestionsArgs {
  @Field(() => String, { nullable: true, description: 'Full-text search over prompts, answers and follow-ups (web search syntax: "quoted phrase", -exclude, or).' })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  // The service turns control characters into spaces.
  @AcceptsNulCharacters()
  search?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(120)
  kindKey?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'guideId must be a UUID' })
  guideId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  tag?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  vertical?: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  includeRetired!: boolean;

  @Field(() => Int, { defaultValue: 20 })
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

@ArgsType()
export class QuestionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}
