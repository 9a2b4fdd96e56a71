import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID } from 'class-validator';

import { AcceptsNulCharacters } from '@api/core/graphql/input-validation.pipe';
import { MaxChars } from '@api/core/graphql/max-chars';
import { PageArgs } from '@api/core/graphql/page.args';

@ArgsType()
export class QuestionsArgs extends PageArgs({ defaultPageSize: 20 }) {
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
}

@ArgsType()
export class QuestionArgs {
  @Field(() => ID, { description: 'The question\u2019s id.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}
