import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, MaxLength } from 'class-validator';

import { TeamRole } from '@api/modules/team/team-role';

@InputType()
export class InviteMemberInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => TeamRole)
  @IsEnum(TeamRole)
  role!: TeamRole;
}
