import { Field, ID, ObjectType } from '@nestjs/graphql';

import { UserModel } from '@api/modules/identity/dto/user.model';

import { TeamRole } from '@api/modules/team/team-role';
import { TeamModel } from './team.model';

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID)
  id!: string;

  @Field(() => TeamModel)
  team!: TeamModel;

  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => TeamRole)
  role!: TeamRole;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Date)
  joinedAt!: Date;
}
