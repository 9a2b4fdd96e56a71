import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentAuth, Public, WithoutTeam } from '@api/core/auth/auth.decorators';
import type { GraphQLContext, RequestAuth } from '@api/core/auth/request-auth';
import { AppConfig } from '@api/core/config/app-config';

import {
  PasswordResetPreviewModel,
  RequestPasswordResetInput,
  ResetPasswordInput,
  UpdateEmailPreferencesInput,
} from './dto/account-recovery.input';
import { ViewerModel } from './dto/viewer.model';
import { PasswordResetService } from './password-reset.service';
import { setSessionCookie } from './session-cookie';
import { ViewerService } from './viewer.service';

@Resolver()
export class AccountRecoveryResolver {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly viewers: ViewerService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Emails a password reset link if the address has an account (a new one retires older links). Always true, so it reveals nothing; throttled per email (3 requests) and per client address (20), then RATE_LIMITED. Open to anyone.',
  })
  async requestPasswordReset(
    @Args('input', { description: 'The email to send the link to.' }) input: RequestPasswordResetInput, @Context() context: GraphQLContext): Promise<boolean> {
    await this.resets.requestReset(input.email, context.req.ip);

    return true;
  }

  @Public()
  @Query(() => PasswordResetPreviewModel, {
    description:
      'What a reset or sign-in link is for, without using it. Unknown token: NOT_FOUND; used or expired: BAD_USER_INPUT (reason USED or EXPIRED). Open to anyone.',
  })
  passwordResetPreview(
    @Args('token', { type: () => String, description: 'The secret from the link (the last path segment of /reset-password/<token>).' })
    token: string,
  ): Promise<PasswordResetPreviewModel> {
    return this.resets.preview(token);
  }

  @Public()
  @Mutation(() => ViewerModel, {
    description:
      'Sets a new password with a reset or sign-in link (single use), signs out every session of the account, clears its sign-in lock and signs in here (sets the session cookie). Open to anyone holding the link.',
  })
  async resetPassword(
    @Args('input', { description: 'The link\u2019s secret and the new password.' }) input: ResetPasswordInput, @Context() context: GraphQLContext): Promise<ViewerModel> {
    const { issued, teamId } = await this.resets.reset(input.token, input.newPassword);
    setSessionCookie(context.res, this.config, issued);

    return this.viewers.viewer(issued.userId, teamId);
  }

  @WithoutTeam()
  @Mutation(() => ViewerModel, {
    description: 'Sets which optional emails the signed-in user receives; answers the updated viewer. Any signed-in user, with or without a team.',
  })
  async updateEmailPreferences(
    @CurrentAuth() auth: RequestAuth,
    @Args('input', { description: 'Both switches, as they should be.' }) input: UpdateEmailPreferencesInput,
  ): Promise<ViewerModel> {
    await this.viewers.updateEmailPreferences(auth.userId, input);

    return this.viewers.viewerFor(auth);
  }
}
