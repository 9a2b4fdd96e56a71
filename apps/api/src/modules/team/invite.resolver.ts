import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentActor, Public, Roles } from '@api/auth/auth.decorators';
import type { Actor, GraphQLContext } from '@api/auth/request-auth';
import { AppConfig } from '@api/config/app-config';
import { AuthService } from '@api/modules/identity/auth.service';
import { ViewerModel } from '@api/modules/identity/dto/viewer.model';
import { setSessionCookie } from '@api/modules/identity/session-cookie';
import { ViewerService } from '@api/modules/identity/viewer.service';

import { AcceptInviteInput } from './dto/accept-invite.input';
import { InviteLinkModel, InviteModel, InvitePreviewModel } from './dto/invite.model';
import { InviteMemberInput } from './dto/invite-member.input';
import { RevokeInviteInput } from './dto/membership-id.input';
import { InviteService } from './invite.service';
import { TeamRole } from './team-role';

@Resolver(() => InviteModel)
export class InviteResolver {
  constructor(
    private readonly inviteService: InviteService,
    private readonly viewers: ViewerService,
    private readonly authService: AuthService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Roles(TeamRole.COORDINATOR)
  @Query(() => [InviteModel], { description: 'Pending invites of the current team.' })
  invites(@CurrentActor() actor: Actor): Promise<InviteModel[]> {
    return this.inviteService.pendingInvites(actor);
  }

  @Public()
  @Query(() => InvitePreviewModel, { description: 'What an invite link offers, before accepting.' })
  invitePreview(@Args('token', { type: () => String }) token: string): Promise<InvitePreviewModel> {
    return this.inviteService.preview(token);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => InviteLinkModel)
  inviteMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteMemberInput,
  ): Promise<InviteLinkModel> {
    return this.inviteService.invite(actor, input.email, input.role);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => InviteModel)
  revokeInvite(
    @CurrentActor() actor: Actor,
    @Args('input') input: RevokeInviteInput,
  ): Promise<InviteModel> {
    return this.inviteService.revoke(actor, input.inviteId);
  }

  @Public()
  @Mutation(() => ViewerModel, { description: 'Joins the team and signs in.' })
  async acceptInvite(
    @Args('input') input: AcceptInviteInput,
    @Context() context: GraphQLContext,
  ): Promise<ViewerModel> {
    const { issued, teamId } = await this.inviteService.accept(input);
    // Whoever was signed in on this browser before is signed out: the cookie now belongs to the invitee.
    if (context.req.auth) {
      await this.authService.signOut(context.req.auth);
    }
    setSessionCookie(context.res, this.config, issued);

    return this.viewers.viewer(issued.userId, teamId);
  }
}
