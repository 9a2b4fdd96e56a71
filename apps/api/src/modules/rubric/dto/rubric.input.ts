import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { MaxChars } from '@api/core/graphql/max-chars';

@InputType({ description: 'One step of a rubric\u2019s rating scale.' })
export class ScaleLevelInput {
  @Field(() => Int, { description: 'The rating value, 1 to 10; unique within the scale.' })
  @IsInt()
  @Min(1)
  @Max(10)
  level!: number;

  @Field(() => String, { description: 'What the level means, e.g. "Strong yes", 1 to 60 characters.' })
  @IsString()
  @MinLength(1)
  @MaxChars(60)
  label!: string;
}

@InputType({ description: 'What a rating at one level of the scale looks like for a competency.' })
export class AnchorInput {
  @Field(() => Int, { description: 'A level of the rubric\u2019s scale, at most one anchor per level (else BAD_USER_INPUT).' })
  @IsInt()
  @Min(1)
  @Max(10)
  level!: number;

  @Field(() => String, { description: 'The behaviour that earns this level, 1 to 1,000 characters.' })
  @IsString()
  @MinLength(1, { message: 'Describe what this level looks like, or leave the level out.' })
  @MaxChars(1000)
  text!: string;
}

@InputType({ description: 'One competency a rubric rates.' })
export class CompetencyInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Keep the id of an existing competency of this rubric (so its ratings stay comparable across versions); omit for a new one.',
  })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field(() => String, { description: 'Its name, 1 to 120 characters (trimmed), unique within the rubric (case-insensitive).' })
  @IsString()
  @MinLength(1, { message: 'Give every competency a name.' })
  @MaxChars(120)
  name!: string;

  @Field(() => String, { defaultValue: '', description: 'What it assesses, at most 2,000 characters.' })
  @IsString()
  @MaxChars(2000)
  description!: string;

  @Field(() => [AnchorInput], { defaultValue: [], description: 'Behavioural anchors, at most 10, one per scale level at most.' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AnchorInput)
  anchors!: AnchorInput[];
}

@InputType({ description: 'A new rubric: a rating scale and the competencies rated on it.' })
export class CreateRubricInput {
  @Field(() => String, { description: 'The rubric\u2019s name, 1 to 200 characters (trimmed), unique in the team (else CONFLICT).' })
  @IsString()
  @MinLength(1, { message: 'Give the rubric a name.' })
  @MaxChars(200)
  name!: string;

  @Field(() => String, { defaultValue: '', description: 'What the rubric is for, at most 2,000 characters.' })
  @IsString()
  @MaxChars(2000)
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A question kindKey (e.g. technical) this rubric is the default for, at most 120 characters; null for none.',
  })
  @IsOptional()
  @IsString()
  @MaxChars(120)
  defaultForKind?: string | null;

  @Field(() => [ScaleLevelInput], {
    nullable: true,
    description: '2 to 10 levels with distinct values (stored in ascending order). Defaults to 1\u20134: strong no, no, yes, strong yes.',
  })
  @IsOptional()
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ScaleLevelInput)
  scale?: ScaleLevelInput[];

  @Field(() => [CompetencyInput], { description: '1 to 30 competencies, in the order scorecards show them.' })
  @ArrayMinSize(1, { message: 'a rubric needs at least one competency' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CompetencyInput)
  competencies!: CompetencyInput[];
}

@InputType({
  description: 'A new version of a rubric; scorecards already started keep the version they were started on.',
})
export class UpdateRubricInput extends CreateRubricInput {
  @Field(() => ID, { description: 'The rubric to revise.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => Int, { description: 'Rubric.version the edit was based on; a newer stored one answers CONFLICT with extensions.currentVersion.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
