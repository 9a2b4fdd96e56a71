import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentActor, Public, Roles } from '@api/core/auth/auth.decorators';
import type { Actor, GraphQLContext } from '@api/core/auth/request-auth';
import { AppConfig } from '@api/core/config/app-config';
import { AuthService } from './auth.service';
import { ViewerModel } from '@api/modules/identity/dto/viewer.model';
import { setSessionCookie } from './session-cookie';
import { ViewerService } from './viewer.service';

import { AcceptInviteInput } from '@api/modules/identity/dto/accept-invite.input';
import { InviteMemberInput } from '@api/modules/identity/dto/invite-member.input';
import { InviteLinkModel, InviteModel, InvitePreviewModel } from '@api/modules/identity/dto/invite.model';
import { RevokeInviteInput } from '@api/modules/identity/dto/membership-id.input';
import { InviteService } from './invite.service';
import { TeamRole } from '@api/core/auth/team-role';

@Resolver(() => InviteModel)
export class InviteResolver {
  constructor(
    private readonly inviteService: InviteService,
    private readonly viewers: ViewerService,
    private readonly authService: AuthService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Roles(TeamRole.COORDINATOR)
  @Query(() => [InviteModel], { description: 'Pending invites of the current team, newest first. Coordinators only.' })
  invites(@CurrentActor() actor: Actor): Promise<InviteModel[]> {
    return this.inviteService.pendingInvites(actor);
  }

  @Public()
  @Query(() => InvitePreviewModel, {
    description:
      'What an invite link offers, before accepting. Unknown token: NOT_FOUND; used: CONFLICT (reason USED); revoked or expired: BAD_USER_INPUT (reason REVOKED or EXPIRED). Open to anyone.',
  })
  invitePreview(
    @Args('token', { type: () => String, description: 'The secret from the invite link (the last path segment of /invite/<token>).' })
    token: string,
  ): Promise<InvitePreviewModel> {
    return this.inviteService.preview(token);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => InviteLinkModel, {
    description: 'Invites someone into the current team with a role: emails them a one-time link and answers it once; audited. Coordinators only.',
  })
  inviteMember(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The invitee\u2019s email and role.' }) input: InviteMemberInput,
  ): Promise<InviteLinkModel> {
    return this.inviteService.invite(actor, input.email, input.role);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => InviteModel, { description: 'Withdraws a pending invite: its link stops working; audited. Coordinators only.' })
  revokeInvite(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The invite to withdraw.' }) input: RevokeInviteInput,
  ): Promise<InviteModel> {
    return this.inviteService.revoke(actor, input.inviteId);
  }

  @Public()
  @Mutation(() => ViewerModel, {
    description:
      'Uses an invite: creates the account (new email) or checks the existing one\u2019s password, joins the team with the invite\u2019s role and signs in here, signing out whoever was signed in on this browser. Open to anyone holding the link.',
  })
  async acceptInvite(
    @Args('input', { description: 'The invite\u2019s secret and the account\u2019s details.' }) input: AcceptInviteInput,
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
