import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';

import { TeamRole } from '@api/modules/team/team-role';

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'membershipId must be a UUID' })
  membershipId!: string;

  @Field(() => TeamRole)
  @IsEnum(TeamRole)
  role!: TeamRole;
}

@InputType()
export class DeactivateMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'membershipId must be a UUID' })
  membershipId!: string;
}

@InputType()
export class RevokeInviteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'inviteId must be a UUID' })
  inviteId!: string;
}
