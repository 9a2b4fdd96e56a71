import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum } from 'class-validator';

import { MaxChars } from '@api/graphql/max-chars';
import { TeamRole } from '@api/modules/team/team-role';

@InputType()
export class InviteMemberInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxChars(254)
  email!: string;

  @Field(() => TeamRole)
  @IsEnum(TeamRole)
  role!: TeamRole;
}
