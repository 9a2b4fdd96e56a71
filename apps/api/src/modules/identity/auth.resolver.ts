import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentAuth, Public, WithoutTeam } from '@api/core/auth/auth.decorators';
import type { GraphQLContext, RequestAuth } from '@api/core/auth/request-auth';
import { AppConfig } from '@api/core/config/app-config';

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
  @Query(() => ViewerModel, {
    description: 'The signed-in user, their current team and role, memberships and email switches. Any signed-in user, with or without a team; UNAUTHENTICATED otherwise.',
  })
  me(@CurrentAuth() auth: RequestAuth): Promise<ViewerModel> {
    return this.viewers.viewerFor(auth);
  }

  @Public()
  @Mutation(() => ViewerModel, {
    description:
      'Signs in with email and password: sets an httpOnly session cookie valid SESSION_TTL_HOURS (default 336) from now, in the user\u2019s oldest active team. A wrong email or password is UNAUTHENTICATED; repeated failures are RATE_LIMITED (5 per account, 30 per client address). Open to anyone.',
  })
  async signIn(
    @Args('input', { description: 'The account\u2019s email and password.' }) input: SignInInput,
    @Context() context: GraphQLContext,
  ): Promise<ViewerModel> {
    const session = await this.auth.signIn(input.email, input.password, context.req.ip);
    setSessionCookie(context.res, this.config, session);
    const resolved = await this.auth.resolveSession(session.token);

    return this.viewers.viewer(session.userId, resolved?.teamId ?? null);
  }

  @WithoutTeam()
  @Mutation(() => Boolean, {
    description: 'Revokes this sign-in session and clears its cookie; other sessions stay. Answers true. Any signed-in user.',
  })
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
      'Sets a new password after checking the current one, and signs out every other session of the user; this session stays signed in. Audited as user.password_changed; answers true. Any signed-in user.',
  })
  async changePassword(
    @CurrentAuth() auth: RequestAuth,
    @Args('input', { description: 'The current and the new password.' }) input: ChangePasswordInput,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    await this.auth.changePassword(auth, input, context.req.ip);

    return true;
  }

  @WithoutTeam()
  @Mutation(() => ViewerModel, {
    description: 'Makes another of the user\u2019s teams current for this sign-in session; answers the viewer in it. Any signed-in user.',
  })
  async switchTeam(
    @CurrentAuth() auth: RequestAuth,
    @Args('input', { description: 'The team to switch to.' }) input: SwitchTeamInput,
  ): Promise<ViewerModel> {
    await this.auth.switchTeam(auth, input.teamId);

    return this.viewers.viewer(auth.userId, input.teamId);
  }
}
