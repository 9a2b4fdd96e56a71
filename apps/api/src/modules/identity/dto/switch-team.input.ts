import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'The team to make current for this sign-in session.' })
export class SwitchTeamInput {
  @Field(() => ID, { description: 'A team the user is an active member of (see Viewer.memberships); any other is NOT_FOUND.' })
  @IsUUID('all', { message: 'teamId must be a UUID' })
  teamId!: string;
}
