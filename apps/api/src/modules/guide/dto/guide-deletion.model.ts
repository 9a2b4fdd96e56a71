import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class GuideDeletionPreviewArgs {
  @Field(() => ID, { description: 'The guide a deletion is considered for.' })
  @IsUUID('all', { message: 'guideId must be a UUID' })
  guideId!: string;
}

@ObjectType('GuideDeletion', {
  description:
    'What deleting a guide removes and what it keeps: a preview before deleteGuide, or what deleteGuide did.',
})
export class GuideDeletionModel {
  @Field(() => ID, { description: 'The guide concerned.' })
  guideId!: string;

  @Field(() => String, {
    description:
      'The guide\u2019s title (kept on the tombstone for the questions sessions used).',
  })
  title!: string;

  @Field(() => Int, {
    description:
      'Questions no session ever used: deleted with their revisions and kit items.',
  })
  deletedQuestionCount!: number;

  @Field(() => Int, {
    description:
      'Questions at least one session used: kept retired with every revision, so those sessions, notes and ratings stay whole; their kit items are removed.',
  })
  keptQuestionCount!: number;

  @Field(() => Int, {
    description: 'Interview kits that lose at least one question.',
  })
  affectedKitCount!: number;
}
