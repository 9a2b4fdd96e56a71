import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class SwitchTeamInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'teamId must be a UUID' })
  teamId!: string;
}
