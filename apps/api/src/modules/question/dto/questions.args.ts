import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

import { AcceptsNulCharacters } from '@api/core/graphql/input-validation.pipe';
import { MaxChars } from '@api/core/graphql/max-chars';

@ArgsType()
export class QuestionsArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search (English stemming) over prompts, answers and follow-ups, at most 200 characters, web search syntax: "quoted phrase", -exclude, or. Results are ranked, active questions only, and totalCount stops at 1,000. Null or blank browses by guide title and question order.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  // The service turns control characters into spaces.
  @AcceptsNulCharacters()
  search?: string;

  @Field(() => String, { nullable: true, description: 'Only questions of this kind (Question.kindKey, see questionFacets), at most 120 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(120)
  kindKey?: string;

  @Field(() => ID, { nullable: true, description: 'Only questions of this guide.' })
  @IsOptional()
  @IsUUID('all', { message: 'guideId must be a UUID' })
  guideId?: string;

  @Field(() => String, { nullable: true, description: 'Only questions of guides with this tag (exact), at most 200 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  tag?: string;

  @Field(() => String, { nullable: true, description: 'Only questions of guides in this vertical (exact), at most 200 characters.' })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  vertical?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Also list retired questions when browsing (a search covers active ones only).' })
  @IsBoolean()
  includeRetired!: boolean;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: 'endCursor of the previous page (at most 500 characters); null for the first page. A cursor from another list is BAD_USER_INPUT.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(500)
  after?: string;
}

@ArgsType()
export class QuestionArgs {
  @Field(() => ID, { description: 'The question\u2019s id.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}
