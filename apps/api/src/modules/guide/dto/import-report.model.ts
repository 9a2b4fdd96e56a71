import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum GuideImportStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  FAILED = 'FAILED',
}

registerEnumType(GuideImportStatus, {
  name: 'GuideImportStatus',
  description: 'What importing one guide file did (or, in a dry run, would do).',
  valuesMap: {
    CREATED: { description: 'A new guide: its slug was not in the team yet.' },
    UPDATED: {
      description:
        'An existing guide with changed content (new revisions for changed questions, removed ones retired), or a retired guide the import restored (a warning says so).',
    },
    UNCHANGED: { description: 'The same content as stored (same contentHash): nothing was written.' },
    FAILED: { description: 'The file could not be imported; error says why and nothing of it was stored.' },
  },
});

@ObjectType('QuestionChange', { description: 'A question an import created, revised or retired.' })
export class QuestionChangeModel {
  @Field(() => Int, { nullable: true, description: 'The question\u2019s number as written in the guide (Question N, QN, N.); null when unnumbered.' })
  number!: number | null;

  @Field(() => String, { description: 'The question\u2019s prompt.' })
  prompt!: string;

  @Field(() => String, { nullable: true, description: 'The guide section (kind) it belongs to, e.g. Technical Questions; null when none.' })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'The kind as a person reads it ("Technical"), one name per normalised kind.' })
  kindName!: string | null;
}

@ObjectType('GuideWarning', { description: 'Something in a guide the parser worked around; the guide still imports.' })
export class GuideWarningModel {
  @Field(() => Int, { description: 'The 1-based line of the file it concerns.' })
  line!: number;

  @Field(() => String, { description: 'What was wrong and what the parser did instead.' })
  message!: string;
}

@ObjectType('GuideImportError', { description: 'Why a guide file could not be imported.' })
export class GuideImportErrorModel {
  @Field(() => String, {
    description: 'One of INVALID_FRONTMATTER, NO_QUESTIONS, TOO_LARGE, NOT_MARKDOWN (from the parser) or VALUE_TOO_LONG (a slug, kind or date over its column\u2019s limit).',
  })
  code!: string;

  @Field(() => Int, { nullable: true, description: 'The 1-based line at fault; null when the whole file is.' })
  line!: number | null;

  @Field(() => String, { description: 'A readable explanation, naming the line or value.' })
  message!: string;
}

@ObjectType('GuideImportResult', { description: 'The outcome of importing one guide file.' })
export class GuideImportResultModel {
  @Field(() => String, { description: 'The file name as sent.' })
  fileName!: string;

  @Field(() => ID, { nullable: true, description: 'The guide written or matched; null when FAILED, or CREATED in a dry run.' })
  guideId!: string | null;

  @Field(() => String, { nullable: true, description: 'The guide\u2019s slug; null when FAILED.' })
  slug!: string | null;

  @Field(() => String, { nullable: true, description: 'The guide\u2019s title; null when FAILED.' })
  title!: string | null;

  @Field(() => GuideImportStatus, { description: 'What the import did with this file.' })
  status!: GuideImportStatus;

  @Field(() => [QuestionChangeModel], { description: 'Questions new to the guide.' })
  created!: QuestionChangeModel[];

  @Field(() => [QuestionChangeModel], { description: 'Questions whose content changed: each got a new revision (sessions keep the one they asked).' })
  revised!: QuestionChangeModel[];

  @Field(() => [QuestionChangeModel], { description: 'Questions no longer in the file: retired from the bank, kept for past sessions.' })
  retired!: QuestionChangeModel[];

  @Field(() => Int, { description: 'How many questions were identical to the stored revision.' })
  unchanged!: number;

  @Field(() => [GuideWarningModel], { description: 'What the parser worked around, by line.' })
  warnings!: GuideWarningModel[];

  @Field(() => GuideImportErrorModel, { nullable: true, description: 'Why it FAILED; null otherwise.' })
  error!: GuideImportErrorModel | null;
}

@ObjectType('ImportReport', { description: 'What importGuides did, file by file.' })
export class ImportReportModel {
  @Field(() => Boolean, { description: 'True when nothing was stored: the report says what an import would do.' })
  dryRun!: boolean;

  @Field(() => [GuideImportResultModel], { description: 'One result per file, in the order sent.' })
  guides!: GuideImportResultModel[];
}
