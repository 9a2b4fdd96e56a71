import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ScaleLevel', { description: 'One step of a rubric\u2019s rating scale.' })
export class ScaleLevelModel {
  @Field(() => Int, { description: 'The rating value (1 to 10), as stored in ratings.' })
  level!: number;

  @Field(() => String, { description: 'What the level means, e.g. "Strong yes".' })
  label!: string;
}

@ObjectType('Anchor', { description: 'What a rating at this level looks like.' })
export class AnchorModel {
  @Field(() => Int, { description: 'The scale level it describes.' })
  level!: number;

  @Field(() => String, { description: 'The behaviour that earns this level.' })
  text!: string;
}

@ObjectType('Competency', { description: 'One competency a rubric rates, with its behavioural anchors.' })
export class CompetencyModel {
  @Field(() => ID, { description: 'Stable across versions while the competency is kept.' })
  id!: string;

  @Field(() => String, { description: 'Its name, unique within the rubric.' })
  name!: string;

  @Field(() => String, { description: 'What it assesses; empty when not given.' })
  description!: string;

  @Field(() => [AnchorModel], { description: 'Its anchors, at most one per scale level; levels without one have none.' })
  anchors!: AnchorModel[];
}

@ObjectType('Rubric', { description: 'A team\u2019s rating scale and competencies; every edit makes a new version, older versions stay for their scorecards.' })
export class RubricModel {
  @Field(() => ID, { description: 'The rubric\u2019s id, the same across versions.' })
  id!: string;

  @Field(() => String, { description: 'Its name, unique in the team.' })
  name!: string;

  @Field(() => String, { description: 'What it is for; empty when not given.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'The question kind this rubric is the default for.' })
  defaultForKind!: string | null;

  @Field(() => String, { nullable: true, description: 'That kind as a person reads it ("Problem-solving"), the same name as Question.kindName.' })
  defaultForKindName!: string | null;

  @Field(() => Int, { description: 'Latest version; pass it back as expectedVersion when editing.' })
  version!: number;

  @Field(() => ID, { description: 'Id of the latest version, which new scorecards use.' })
  versionId!: string;

  @Field(() => [ScaleLevelModel], { description: 'The latest version\u2019s scale, ascending.' })
  scale!: ScaleLevelModel[];

  @Field(() => [CompetencyModel], { description: 'The latest version\u2019s competencies, in order.' })
  competencies!: CompetencyModel[];

  @Field(() => Date, { description: 'When the latest version was made.' })
  updatedAt!: Date;
}
