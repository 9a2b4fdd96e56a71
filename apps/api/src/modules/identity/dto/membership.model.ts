import { Field, ID, ObjectType } from '@nestjs/graphql';

import { UserModel } from '@api/core/graphql/user.model';

import { TeamRole } from '@api/core/auth/team-role';
import { TeamModel } from './team.model';

@ObjectType('Membership', { description: 'A user\u2019s place in a team, with the role they hold there.' })
export class MembershipModel {
  @Field(() => ID, { description: 'The membership\u2019s id (pass it to changeMemberRole and deactivateMember).' })
  id!: string;

  @Field(() => TeamModel, { description: 'The team.' })
  team!: TeamModel;

  @Field(() => UserModel, { description: 'The member.' })
  user!: UserModel;

  @Field(() => TeamRole, { description: 'Their role in this team.' })
  role!: TeamRole;

  @Field(() => Boolean, { description: 'False once deactivated: they can no longer act in the team; their past work stays.' })
  active!: boolean;

  @Field(() => Date, { description: 'When they joined the team.' })
  joinedAt!: Date;
}
