import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum } from 'class-validator';

import { TeamRole } from '@api/core/auth/team-role';
import { MaxChars } from '@api/core/graphql/max-chars';

@InputType({ description: 'Someone to invite into the current team.' })
export class InviteMemberInput {
  @Field(() => String, {
    description: 'The invitee\u2019s email, at most 254 characters (lower-cased); an active member\u2019s is CONFLICT. A new invite replaces a pending one for the same email.',
  })
  @IsEmail({}, { message: 'Enter an email address, like name@example.com.' })
  @MaxChars(254)
  email!: string;

  @Field(() => TeamRole, { description: 'The role they get on accepting.' })
  @IsEnum(TeamRole)
  role!: TeamRole;
}
