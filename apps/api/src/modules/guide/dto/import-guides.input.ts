import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

import { MAX_GUIDE_BYTES } from '@panelwise/guide-parser';

@InputType()
export class GuideFileInput {
  @Field(() => String)
  @IsString()
  @MaxLength(300)
  fileName!: string;

  @Field(() => String, { description: 'The Markdown text of the guide (UTF-8).' })
  @IsString()
  // Checked again in bytes by the parser; this stops absurd payloads early.
  @MaxLength(MAX_GUIDE_BYTES)
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
