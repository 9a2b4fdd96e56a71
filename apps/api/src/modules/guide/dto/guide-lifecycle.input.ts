import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({
  description:
    'The guide to retire: it and its active questions leave the bank until restored.',
})
export class RetireGuideInput {
  @Field(() => ID, { description: 'The guide to retire.' })
  @IsUUID('all', { message: 'guideId must be a UUID' })
  guideId!: string;
}

@InputType({
  description:
    'The retired guide to bring back, with the questions retiring it retired.',
})
export class RestoreGuideInput {
  @Field(() => ID, { description: 'The retired guide to restore.' })
  @IsUUID('all', { message: 'guideId must be a UUID' })
  guideId!: string;
}

@InputType({
  description:
    'The guide to delete for good; questions sessions used are kept, retired.',
})
export class DeleteGuideInput {
  @Field(() => ID, { description: 'The guide to delete.' })
  @IsUUID('all', { message: 'guideId must be a UUID' })
  guideId!: string;
}
