import { Args, Query, Mutation, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';

import { TeamRole } from '@api/core/auth/team-role';
import { ChangeMemberRoleInput, DeactivateMemberInput } from '@api/modules/identity/dto/membership-id.input';
import { MembershipModel } from '@api/modules/identity/dto/membership.model';
import { TeamModel } from '@api/modules/identity/dto/team.model';
import { UpdateTeamSettingsInput } from '@api/modules/identity/dto/update-team-settings.input';
import { TeamService } from './team.service';

@Resolver(() => TeamModel)
export class TeamResolver {
  constructor(private readonly teams: TeamService) {}

  @Authenticated()
  @Query(() => TeamModel, { description: 'The current team with its settings. Any member of the team.' })
  team(@CurrentActor() actor: Actor): Promise<TeamModel> {
    return this.teams.team(actor);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => TeamModel, {
    description: 'Changes the current team\u2019s scoring and scheduling settings (only the fields given); audited. Coordinators only.',
  })
  updateTeamSettings(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The settings to change.' }) input: UpdateTeamSettingsInput,
  ): Promise<TeamModel> {
    return this.teams.updateSettings(actor, input);
  }

  @Authenticated()
  @Query(() => [MembershipModel], { description: 'Members of the current team, active first, then by joining date. Any member of the team.' })
  members(@CurrentActor() actor: Actor): Promise<MembershipModel[]> {
    return this.teams.members(actor);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => MembershipModel, {
    description: 'Changes a member\u2019s role in the current team; the last active coordinator cannot lose the role (CONFLICT). Audited. Coordinators only.',
  })
  changeMemberRole(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The membership and its new role.' }) input: ChangeMemberRoleInput,
  ): Promise<MembershipModel> {
    return this.teams.changeRole(actor, input.membershipId, input.role);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => MembershipModel, {
    description: 'Deactivates a member of the current team; the last active coordinator cannot be (CONFLICT). Audited. Coordinators only.',
  })
  deactivateMember(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The membership to deactivate.' }) input: DeactivateMemberInput,
  ): Promise<MembershipModel> {
    return this.teams.deactivate(actor, input.membershipId);
  }
}
