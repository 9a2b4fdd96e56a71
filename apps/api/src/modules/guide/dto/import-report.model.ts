import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum GuideImportStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  FAILED = 'FAILED',
}

registerEnumType(GuideImportStatus, { name: 'GuideImportStatus' });

@ObjectType('QuestionChange')
export class QuestionChangeModel {
  @Field(() => Int, { nullable: true })
  number!: number | null;

  @Field(() => String)
  prompt!: string;

  @Field(() => String, { nullable: true })
  kind!: string | null;
}

@ObjectType('GuideWarning')
export class GuideWarningModel {
  @Field(() => Int)
  line!: number;

  @Field(() => String)
  message!: string;
}

@ObjectType('GuideImportError')
export class GuideImportErrorModel {
  @Field(() => String)
  code!: string;

  @Field(() => Int, { nullable: true })
  line!: number | null;

  @Field(() => String)
  message!: string;
}

@ObjectType('GuideImportResult')
export class GuideImportResultModel {
  @Field(() => String)
  fileName!: string;

  @Field(() => ID, { nullable: true })
  guideId!: string | null;

  @Field(() => String, { nullable: true })
  slug!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => GuideImportStatus)
  status!: GuideImportStatus;

  @Field(() => [QuestionChangeModel])
  created!: QuestionChangeModel[];

  @Field(() => [QuestionChangeModel])
  revised!: QuestionChangeModel[];

  @Field(() => [QuestionChangeModel])
  retired!: QuestionChangeModel[];

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [GuideWarningModel])
  warnings!: GuideWarningModel[];

  @Field(() => GuideImportErrorModel, { nullable: true })
  error!: GuideImportErrorModel | null;
}

@ObjectType('ImportReport')
export class ImportReportModel {
  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => [GuideImportResultModel])
  guides!: GuideImportResultModel[];
}
