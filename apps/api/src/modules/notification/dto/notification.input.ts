import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@InputType({ description: 'Which of the caller\u2019s notifications to mark read.' })
export class MarkNotificationReadInput {
  @Field(() => ID, {
    nullable: true,
    description: 'One of the caller\u2019s notifications in the current team (NOT_FOUND otherwise); omit to mark every one read.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'notificationId must be a UUID' })
  notificationId?: string | null;
}
