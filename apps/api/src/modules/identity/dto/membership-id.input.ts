import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';

import { TeamRole } from '@api/core/auth/team-role';

@InputType({ description: 'A member of the current team and their new role.' })
export class ChangeMemberRoleInput {
  @Field(() => ID, { description: 'The membership (Membership.id, not the user\u2019s id).' })
  @IsUUID('all', { message: 'membershipId must be a UUID' })
  membershipId!: string;

  @Field(() => TeamRole, { description: 'The role they hold from now on.' })
  @IsEnum(TeamRole)
  role!: TeamRole;
}

@InputType({ description: 'A member of the current team to deactivate.' })
export class DeactivateMemberInput {
  @Field(() => ID, { description: 'The membership (Membership.id, not the user\u2019s id).' })
  @IsUUID('all', { message: 'membershipId must be a UUID' })
  membershipId!: string;
}

@InputType({ description: 'A pending invite of the current team to withdraw.' })
export class RevokeInviteInput {
  @Field(() => ID, { description: 'The invite; one no longer pending is CONFLICT.' })
  @IsUUID('all', { message: 'inviteId must be a UUID' })
  inviteId!: string;
}
