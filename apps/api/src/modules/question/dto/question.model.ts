import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Connection } from '@api/core/graphql/connection';
import { QuestionRevisionOrigin } from '@api/modules/question/question-revision-origin';

@ObjectType('AnswerField', { description: 'A labelled part of a model answer: a text, a list, or nested fields.' })
export class AnswerFieldModel {
  @Field(() => String, {
    description: 'The field\u2019s label as written, e.g. Description, Approach, Pitfalls; empty for an unlabelled bullet among labelled ones.',
  })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Its text as inline Markdown (blocks joined by a blank line); null when it holds a list.' })
  text?: string | null;

  @Field(() => [String], { nullable: true, description: 'Plain sub-items (inline Markdown), when the field is a flat list; null otherwise.' })
  items?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the guide numbered the list; null otherwise.' })
  ordered?: boolean | null;

  @Field(() => [AnswerFieldModel], { nullable: true, description: 'Labelled (or mixed) sub-fields, nesting kept; null when none.' })
  children?: AnswerFieldModel[] | null;
}

@ObjectType('AnswerPart', { description: 'A named part of an answer split by concept.' })
export class AnswerPartModel {
  @Field(() => String, { description: 'The part\u2019s name, e.g. "Batch Normalization".' })
  title!: string;

  @Field(() => [AnswerFieldModel], { description: 'Its labelled fields, in document order.' })
  fields!: AnswerFieldModel[];
}

@ObjectType('ModelAnswer', { description: 'The structured model answer of a question, as the guide wrote it.' })
export class ModelAnswerModel {
  @Field(() => String, {
    nullable: true,
    description: 'Text written inline after the Answer marker, or prose around the fields (inline Markdown); null when none.',
  })
  summary!: string | null;

  @Field(() => [AnswerFieldModel], { description: 'Labelled fields (Description, Process, Outcome, \u2026) in document order.' })
  fields!: AnswerFieldModel[];

  @Field(() => [AnswerPartModel], { description: 'Named parts when the answer is split by concept; empty otherwise.' })
  parts!: AnswerPartModel[];
}

@ObjectType('FollowUp', { description: 'A follow-up point the guide suggests asking after the question.' })
export class FollowUpModel {
  @Field(() => String, { description: 'The follow-up as written (inline Markdown).' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The model response, when the guide gives one.' })
  response!: string | null;
}

@ObjectType('LineRange', { description: 'A 1-based, inclusive range of lines in the source guide.' })
export class LineRangeModel {
  @Field(() => Int, { description: 'First line (1-based).' })
  start!: number;

  @Field(() => Int, { description: 'Last line, inclusive.' })
  end!: number;
}

@ObjectType('TextSegment', { description: 'A run of text; isMatch marks the words a search matched.' })
export class TextSegmentModel {
  @Field(() => String, { description: 'The text of this run, plain (no markers).' })
  text!: string;

  @Field(() => Boolean, { description: 'True when these are words the search matched.' })
  isMatch!: boolean;
}

@ObjectType('QuestionRevision', { description: 'One revision in a question\u2019s history.' })
export class QuestionRevisionModel {
  @Field(() => ID, { description: 'The revision\u2019s id (SessionQuestion keeps the one that was asked).' })
  id!: string;

  @Field(() => Int, { description: 'Its number, 1 for the first.' })
  revision!: number;

  @Field(() => QuestionRevisionOrigin, { description: 'Imported from the guide file or edited in the app.' })
  origin!: QuestionRevisionOrigin;

  @Field(() => Date, { description: 'When it was written.' })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who imported or edited it; null for the command line, the demo seed or a removed account.' })
  authorName!: string | null;

  @Field(() => String, { description: 'Its question text (inline Markdown).' })
  prompt!: string;
}

@ObjectType('Question', { description: 'A question of the team\u2019s bank, from a guide (imported or added in the app), shown at a revision.' })
export class QuestionModel {
  @Field(() => ID, { description: 'The question\u2019s id, the same across revisions.' })
  id!: string;

  @Field(() => ID, { description: 'The guide it comes from.' })
  guideId!: string;

  @Field(() => ID, { description: 'The revision shown; sessions keep the one that was asked.' })
  revisionId!: string;

  @Field(() => Int, { description: 'The revision number: 1 when first imported or written, raised by each import that changes the question and by each edit in the app.' })
  revision!: number;

  @Field(() => QuestionRevisionOrigin, { description: 'Whether the revision shown was imported from the guide file or edited in the app.' })
  revisionOrigin!: QuestionRevisionOrigin;

  @Field(() => String, { nullable: true, description: 'The kind heading as the guide wrote it.' })
  kind!: string | null;

  @Field(() => String, {
    description:
      'Normalised kind: technical, behavioral, situational, problem-solving, general (no kind heading), or a slug of the guide\u2019s heading. Filter with questions(kindKey).',
  })
  kindKey!: string;

  @Field(() => String, { description: 'The kind as a person reads it, one name per kindKey across guides: "Technical", "Clinical judgment".' })
  kindName!: string;

  @Field(() => Int, { nullable: true, description: 'The number as written in the guide (Question N, QN, N.); null when unnumbered.' })
  number!: number | null;

  @Field(() => String, { description: 'The question text without numbering (inline Markdown).' })
  prompt!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Material shown with the prompt before the answer, e.g. a code snippet it refers to (Markdown); null when none.',
  })
  context!: string | null;

  @Field(() => ModelAnswerModel, { description: 'The model answer.' })
  answer!: ModelAnswerModel;

  @Field(() => [FollowUpModel], { description: 'Follow-up points in document order; SessionNote.followUpsAsked indexes this list (0-based).' })
  followUps!: FollowUpModel[];

  @Field(() => Boolean, { description: 'True when a later import of its guide no longer holds it: out of search and new kits, kept for past sessions.' })
  retired!: boolean;

  @Field(() => LineRangeModel, {
    nullable: true,
    description: 'Where the question stands in the guide\u2019s Markdown at this revision; null when the revision was edited in the app.',
  })
  sourceLines!: LineRangeModel | null;

  @Field(() => [TextSegmentModel], {
    nullable: true,
    description: 'Up to two matched passages of prompt and answer (about 8 to 24 words each), when listed by a search; null otherwise.',
  })
  highlight!: TextSegmentModel[] | null;
}

export const QuestionConnection = Connection(QuestionModel, 'Question');

@ObjectType('FacetCount', { description: 'One filter value with the number of active questions that have it.' })
export class FacetCountModel {
  @Field(() => String, { description: 'The value to pass to the questions filter (kindKey, tag or vertical).' })
  value!: string;

  @Field(() => String, { description: 'How to show it: the kind heading as a guide wrote it; for tags and verticals the value itself.' })
  label!: string;

  @Field(() => Int, { description: 'Active (not retired) questions with this value.' })
  count!: number;
}

@ObjectType('QuestionFacets', { description: 'Filter values with their question counts.' })
export class QuestionFacetsModel {
  @Field(() => [FacetCountModel], { description: 'Question kinds, most questions first.' })
  kinds!: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'Guide tags, most questions first, at most 200.' })
  tags!: FacetCountModel[];

  @Field(() => [FacetCountModel], { description: 'Guide verticals, most questions first, at most 200.' })
  verticals!: FacetCountModel[];
}
