import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

import { MaxChars } from '@api/graphql/max-chars';

@ArgsType()
export class GuidesArgs {
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

  @Field(() => String, { nullable: true, description: 'Matches title, slug, category or vertical.' })
  @IsOptional()
  @IsString()
  @MaxChars(200)
  search?: string;
}

@ArgsType()
export class GuideArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}
