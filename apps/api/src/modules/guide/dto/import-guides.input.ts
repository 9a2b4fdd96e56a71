import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsString, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

import { MAX_GUIDE_BYTES } from '@panelwise/guide-parser';

import { AcceptsNulCharacters } from '@api/core/graphql/input-validation.pipe';
import { MaxChars } from '@api/core/graphql/max-chars';

@InputType({ description: 'One Markdown guide file to import.' })
export class GuideFileInput {
  @Field(() => String, {
    description: 'The file\u2019s name, at most 300 characters; its stem is the slug when the frontmatter gives none, and reports name it.',
  })
  @IsString()
  @MaxChars(300)
  fileName!: string;

  @Field(() => String, {
    description: 'The Markdown text of the guide (UTF-8), at most 2 MiB; a larger or binary file fails on its own (TOO_LARGE, NOT_MARKDOWN) without stopping the others.',
  })
  @IsString()
  // A binary file is the parser's to report (NOT_MARKDOWN), guide by guide.
  @AcceptsNulCharacters()
  // Checked again in bytes by the parser; this stops absurd payloads early.
  @MaxChars(MAX_GUIDE_BYTES)
  text!: string;
}

@InputType({ description: 'Guides to import into the current team\u2019s question bank.' })
export class ImportGuidesInput {
  @Field(() => [GuideFileInput], { description: '1 to 50 files; each is imported in its own transaction.' })
  @ArrayMinSize(1, { message: 'Choose at least one guide to import.' })
  @ArrayMaxSize(50, { message: 'Import at most 50 guides at once.' })
  @ValidateNested({ each: true })
  @Type(() => GuideFileInput)
  files!: GuideFileInput[];

  @Field(() => Boolean, { defaultValue: false, description: 'Report what would change without storing anything.' })
  @IsOptional()
  @IsBoolean()
  dryRun!: boolean;
}
