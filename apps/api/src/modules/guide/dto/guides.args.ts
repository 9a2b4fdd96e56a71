import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

import { MaxChars } from '@api/graphql/max-chars';

@ArgsType()
export class GuidesArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
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

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive substring of title, slug, category or vertical, at most 200 characters; null or blank for all.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  search?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Only guides whose stored content has import warnings (importWarnings not empty).' })
  @IsBoolean()
  withWarnings!: boolean;
}

@ArgsType()
export class GuideArgs {
  @Field(() => ID, { description: 'The guide\u2019s id.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}
