import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ScaleLevel')
export class ScaleLevelModel {
  @Field(() => Int)
  level!: number;

  @Field(() => String)
  label!: string;
}

@ObjectType('Anchor', { description: 'What a rating at this level looks like.' })
export class AnchorModel {
  @Field(() => Int)
  level!: number;

  @Field(() => String)
  text!: string;
}

@ObjectType('Competency')
export class CompetencyModel {
  @Field(() => ID, { description: 'Stable across versions while the competency is kept.' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [AnchorModel])
  anchors!: AnchorModel[];
}

@ObjectType('Rubric')
export class RubricModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true, description: 'The question kind this rubric is the default for.' })
  defaultForKind!: string | null;

  @Field(() => Int, { description: 'Latest version; pass it back as expectedVersion when editing.' })
  version!: number;

  @Field(() => ID, { description: 'Id of the latest version, which new scorecards use.' })
  versionId!: string;

  @Field(() => [ScaleLevelModel])
  scale!: ScaleLevelModel[];

  @Field(() => [CompetencyModel])
  competencies!: CompetencyModel[];

  @Field(() => Date)
  updatedAt!: Date;
}
