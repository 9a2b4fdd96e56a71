import { Args, Query, Mutation, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor, Roles } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';

import { MembershipModel } from './dto/membership.model';
import { ChangeMemberRoleInput, DeactivateMemberInput } from './dto/membership-id.input';
import { TeamModel } from './dto/team.model';
import { UpdateTeamSettingsInput } from './dto/update-team-settings.input';
import { TeamRole } from './team-role';
import { TeamService } from './team.service';

@Resolver(() => TeamModel)
export class TeamResolver {
  constructor(private readonly teams: TeamService) {}

  @Authenticated()
  @Query(() => TeamModel, { description: 'The current team.' })
  team(@CurrentActor() actor: Actor): Promise<TeamModel> {
    return this.teams.team(actor);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => TeamModel)
  updateTeamSettings(@CurrentActor() actor: Actor, @Args('input') input: UpdateTeamSettingsInput): Promise<TeamModel> {
    return this.teams.updateSettings(actor, input);
  }

  @Authenticated()
  @Query(() => [MembershipModel], { description: 'Members of the current team, active first.' })
  members(@CurrentActor() actor: Actor): Promise<MembershipModel[]> {
    return this.teams.members(actor);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => MembershipModel)
  changeMemberRole(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangeMemberRoleInput,
  ): Promise<MembershipModel> {
    return this.teams.changeRole(actor, input.membershipId, input.role);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => MembershipModel)
  deactivateMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: DeactivateMemberInput,
  ): Promise<MembershipModel> {
    return this.teams.deactivate(actor, input.membershipId);
  }
}
