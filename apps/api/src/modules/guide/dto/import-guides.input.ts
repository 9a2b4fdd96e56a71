import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsString, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

import { MAX_GUIDE_BYTES } from '@panelwise/guide-parser';

import { AcceptsNulCharacters } from '@api/graphql/input-validation.pipe';
import { MaxChars } from '@api/graphql/max-chars';

@InputType()
export class GuideFileInput {
  @Field(() => String)
  @IsString()
  @MaxChars(300)
  fileName!: string;

  @Field(() => String, { description: 'The Markdown text of the guide (UTF-8).' })
  @IsString()
  // A binary file is the parser's to report (NOT_MARKDOWN), guide by guide.
  @AcceptsNulCharacters()
  // Checked again in bytes by the parser; this stops absurd payloads early.
  @MaxChars(MAX_GUIDE_BYTES)
  text!: string;
}

@InputType()
export class ImportGuidesInput {
  @Field(() => [GuideFileInput])
  @ArrayMinSize(1, { message: 'files must hold at least one guide' })
  @ArrayMaxSize(50, { message: 'import at most 50 guides at once' })
  @ValidateNested({ each: true })
  @Type(() => GuideFileInput)
  files!: GuideFileInput[];

  @Field(() => Boolean, { defaultValue: false, description: 'Report what would change without storing anything.' })
  @IsOptional()
  @IsBoolean()
  dryRun!: boolean;
}
