import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentAuth, Public, WithoutTeam } from '@api/auth/auth.decorators';
import type { GraphQLContext, RequestAuth } from '@api/auth/request-auth';
import { AppConfig } from '@api/config/app-config';

import { AuthService } from './auth.service';
import { ChangePasswordInput } from './dto/change-password.input';
import { SignInInput } from './dto/sign-in.input';
import { SwitchTeamInput } from './dto/switch-team.input';
import { ViewerModel } from './dto/viewer.model';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { ViewerService } from './viewer.service';

@Resolver(() => ViewerModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly viewers: ViewerService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @WithoutTeam()
  @Query(() => ViewerModel, { description: 'The signed-in user.' })
  me(@CurrentAuth() auth: RequestAuth): Promise<ViewerModel> {
    return this.viewers.viewerFor(auth);
  }

  @Public()
  @Mutation(() => ViewerModel)
  async signIn(
    @Args('input') input: SignInInput,
    @Context() context: GraphQLContext,
  ): Promise<ViewerModel> {
    const session = await this.auth.signIn(input.email, input.password, context.req.ip);
    setSessionCookie(context.res, this.config, session);
    const resolved = await this.auth.resolveSession(session.token);

    return this.viewers.viewer(session.userId, resolved?.teamId ?? null);
  }

  @WithoutTeam()
  @Mutation(() => Boolean)
  async signOut(
    @CurrentAuth() auth: RequestAuth,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    await this.auth.signOut(auth);
    clearSessionCookie(context.res, this.config);

    return true;
  }

  @WithoutTeam()
  @Mutation(() => Boolean, {
    description:
      'Sets a new password after checking the current one, and signs out every other session of the user; this session stays signed in.',
  })
  async changePassword(
    @CurrentAuth() auth: RequestAuth,
    @Args('input') input: ChangePasswordInput,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    await this.auth.changePassword(auth, input, context.req.ip);

    return true;
  }

  @WithoutTeam()
  @Mutation(() => ViewerModel)
  async switchTeam(
    @CurrentAuth() auth: RequestAuth,
    @Args('input') input: SwitchTeamInput,
  ): Promise<ViewerModel> {
    await this.auth.switchTeam(auth, input.teamId);

    return this.viewers.viewer(auth.userId, input.teamId);
  }
}
