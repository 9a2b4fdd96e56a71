import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';

import { CurrentAuth, WithoutTeam } from '@api/core/auth/auth.decorators';
import type { GraphQLContext, RequestAuth } from '@api/core/auth/request-auth';

import { ViewerModel } from './dto/viewer.model';
import { UpdateProfileInput } from './dto/update-profile.input';
import { ProfileService } from './profile.service';
import { ViewerService } from './viewer.service';

@Resolver()
export class ProfileResolver {
  constructor(
    private readonly profiles: ProfileService,
    private readonly viewers: ViewerService,
  ) {}

  @WithoutTeam()
  @Mutation(() => ViewerModel, {
    description:
      'Changes the signed-in user\u2019s own name, time zone or sign-in email (the email needs the current password); audited as user.profile_changed; answers the updated viewer. Any signed-in user.',
  })
  async updateProfile(
    @CurrentAuth() auth: RequestAuth,
    @Args('input', { description: 'The fields to change.' }) input: UpdateProfileInput,
    @Context() context: GraphQLContext,
  ): Promise<ViewerModel> {
    await this.profiles.updateProfile(auth, input, context.req.ip);

    return this.viewers.viewerFor(auth);
  }
}
