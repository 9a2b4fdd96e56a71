import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@InputType()
export class MarkNotificationReadInput {
  @Field(() => ID, { nullable: true, description: 'Omit to mark every notification read.' })
  @IsOptional()
  @IsUUID('all', { message: 'notificationId must be a UUID' })
  notificationId?: string | null;
}
