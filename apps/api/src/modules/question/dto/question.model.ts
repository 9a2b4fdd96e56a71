import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Connection } from '@api/graphql/connection';

@ObjectType('AnswerField', { description: 'A labelled part of a model answer: a text, a list, or nested fields.' })
export class AnswerFieldModel {
  @Field(() => String)
  label!: string;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => [String], { nullable: true })
  items?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  ordered?: boolean | null;

  @Field(() => [AnswerFieldModel], { nullable: true })
  children?: AnswerFieldModel[] | null;
}

@ObjectType('AnswerPart', { description: 'A named part of an answer split by concept.' })
export class AnswerPartModel {
  @Field(() => String)
  title!: string;

  @Field(() => [AnswerFieldModel])
  fields!: AnswerFieldModel[];
}

@ObjectType('ModelAnswer')
export class ModelAnswerModel {
  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => [AnswerFieldModel])
  fields!: AnswerFieldModel[];

  @Field(() => [AnswerPartModel])
  parts!: AnswerPartModel[];
}

@ObjectType('FollowUp')
export class FollowUpModel {
  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true, description: 'The model response, when the guide gives one.' })
  response!: string | null;
}

@ObjectType('LineRange')
export class LineRangeModel {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType('TextSegment', { description: 'A run of text; isMatch marks the words a search matched.' })
export class TextSegmentModel {
  @Field(() => String)
  text!: string;

  @Field(() => Boolean)
  isMatch!: boolean;
}

@ObjectType('Question')
export class QuestionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  guideId!: string;

  @Field(() => ID, { description: 'The revision shown; sessions keep the one that was asked.' })
  revisionId!: string;

  @Field(() => Int)
  revision!: number;

  @Field(() => String, { nullable: true, description: 'The kind heading as the guide wrote it.' })
  kind!: string | null;

  @Field(() => String, { description: 'Normalised kind: technical, behavioral, situational, problem-solving, or a slug.' })
  kindKey!: string;

  @Field(() => Int, { nullable: true })
  number!: number | null;

  @Field(() => String)
  prompt!: string;

  @Field(() => String, { nullable: true })
  context!: string | null;

  @Field(() => ModelAnswerModel)
  answer!: ModelAnswerModel;

  @Field(() => [FollowUpModel])
  followUps!: FollowUpModel[];

  @Field(() => Boolean)
  retired!: boolean;

  @Field(() => LineRangeModel)
  sourceLines!: LineRangeModel;

  @Field(() => [TextSegmentModel], { nullable: true, description: 'Matched passages, when listed by a search.' })
  highlight!: TextSegmentModel[] | null;
}

export const QuestionConnection = Connection(QuestionModel, 'Question');

@ObjectType('FacetCount')
export class FacetCountModel {
  @Field(() => String)
  value!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('QuestionFacets', { description: 'Filter values with their question counts.' })
export class QuestionFacetsModel {
  @Field(() => [FacetCountModel])
  kinds!: FacetCountModel[];

  @Field(() => [FacetCountModel])
  tags!: FacetCountModel[];

  @Field(() => [FacetCountModel])
  verticals!: FacetCountModel[];
}
