import { Field, ObjectType } from '@nestjs/graphql';

import { MembershipModel } from './membership.model';
import { TeamModel } from './team.model';
import { TeamRole } from '@api/core/auth/team-role';

import { EmailPreferencesModel } from './account-recovery.input';
import { UserModel } from '@api/core/graphql/user.model';

@ObjectType('Viewer', { description: 'The signed-in user and their current team.' })
export class ViewerModel {
  @Field(() => UserModel, { description: 'The signed-in user.' })
  user!: UserModel;

  @Field(() => TeamModel, {
    nullable: true,
    description: 'The team this sign-in session acts in (switchTeam changes it); null when the user belongs to no team.',
  })
  currentTeam!: TeamModel | null;

  @Field(() => TeamRole, { nullable: true, description: 'The user\u2019s role in currentTeam; null without a current team.' })
  role!: TeamRole | null;

  @Field(() => [MembershipModel], { description: 'Active memberships, one per team.' })
  memberships!: MembershipModel[];

  @Field(() => EmailPreferencesModel, { description: 'Which optional emails the user receives.' })
  emailPreferences!: EmailPreferencesModel;

  @Field(() => Boolean, { description: 'Whether this user may create another team (instance setting TEAM_CREATION).' })
  canCreateTeam!: boolean;
}
