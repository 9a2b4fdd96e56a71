import { Field, ObjectType } from '@nestjs/graphql';

import { MembershipModel } from '@api/modules/team/dto/membership.model';
import { TeamModel } from '@api/modules/team/dto/team.model';
import { TeamRole } from '@api/modules/team/team-role';

import { UserModel } from './user.model';

@ObjectType('Viewer', { description: 'The signed-in user and their current team.' })
export class ViewerModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => TeamModel, { nullable: true })
  currentTeam!: TeamModel | null;

  @Field(() => TeamRole, { nullable: true })
  role!: TeamRole | null;

  @Field(() => [MembershipModel], { description: 'Active memberships, one per team.' })
  memberships!: MembershipModel[];
}
