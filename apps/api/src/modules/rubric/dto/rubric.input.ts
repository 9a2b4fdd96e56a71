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

import { MaxChars } from '@api/graphql/max-chars';

@InputType()
export class ScaleLevelInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10)
  level!: number;

  @Field(() => String)
  @IsString()
  @MinLength(1)
  @MaxChars(60)
  label!: string;
}

@InputType()
export class AnchorInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10)
  level!: number;

  @Field(() => String)
  @IsString()
  @MaxChars(1000)
  text!: string;
}

@InputType()
export class CompetencyInput {
  @Field(() => ID, { nullable: true, description: 'Keep the id of an existing competency; omit for a new one.' })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'competency name must not be empty' })
  @MaxChars(120)
  name!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxChars(2000)
  description!: string;

  @Field(() => [AnchorInput], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AnchorInput)
  anchors!: AnchorInput[];
}

@InputType()
export class CreateRubricInput {
  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxChars(200)
  name!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxChars(2000)
  description!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxChars(120)
  defaultForKind?: string | null;

  @Field(() => [ScaleLevelInput], { nullable: true, description: 'Defaults to 1–4: strong no, no, yes, strong yes.' })
  @IsOptional()
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ScaleLevelInput)
  scale?: ScaleLevelInput[];

  @Field(() => [CompetencyInput])
  @ArrayMinSize(1, { message: 'a rubric needs at least one competency' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CompetencyInput)
  competencies!: CompetencyInput[];
}

@InputType()
export class UpdateRubricInput extends CreateRubricInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @Field(() => Int, { description: 'The version the edit was based on; a newer one answers CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
