import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentAuth, Public, WithoutTeam } from '@api/core/auth/auth.decorators';
import type { GraphQLContext, RequestAuth } from '@api/core/auth/request-auth';
import { AppConfig } from '@api/core/config/app-config';
import { ViewerModel } from '@api/modules/identity/dto/viewer.model';
import { setSessionCookie } from '@api/modules/identity/session-cookie';
import { ViewerService } from '@api/modules/identity/viewer.service';

import { CompleteSetupInput, CreateTeamInput, SetupStatusModel } from './dto/onboarding.input';
import { FirstRunService } from './first-run.service';
import { TeamCreationService } from './team-creation.service';

@Resolver()
export class OnboardingResolver {
  constructor(
    private readonly firstRun: FirstRunService,
    private readonly teamCreation: TeamCreationService,
    private readonly viewers: ViewerService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => SetupStatusModel, { description: 'Whether the instance still needs its first account. Open to anyone.' })
  async setupStatus(): Promise<SetupStatusModel> {
    return { needsSetup: await this.firstRun.needsSetup() };
  }

  @Public()
  @Mutation(() => ViewerModel, {
    description:
      'Creates the first team (with the default rubrics) and its coordinator on an instance with no account, and signs them in (sets the session cookie). Needs the setup token from the server log; once any account exists it is CONFLICT (reason SETUP_DONE). Open to anyone.',
  })
  async completeSetup(
    @Args('input', { description: 'The setup token, the team and the first coordinator.' }) input: CompleteSetupInput, @Context() context: GraphQLContext): Promise<ViewerModel> {
    const { issued, teamId } = await this.firstRun.complete(input);
    setSessionCookie(context.res, this.config, issued);

    return this.viewers.viewer(issued.userId, teamId);
  }

  @WithoutTeam()
  @Mutation(() => ViewerModel, {
    description:
      'Creates a team (with the default rubrics) with the caller as its coordinator and makes it current. Who may is the instance setting TEAM_CREATION (Viewer.canCreateTeam); otherwise FORBIDDEN. Any signed-in user, with or without a team.',
  })
  async createTeam(
    @CurrentAuth() auth: RequestAuth,
    @Args('input', { description: 'The new team\u2019s name.' }) input: CreateTeamInput,
  ): Promise<ViewerModel> {
    const teamId = await this.teamCreation.createTeam(auth, input.name);

    return this.viewers.viewer(auth.userId, teamId);
  }
}
