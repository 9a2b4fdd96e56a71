import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import type { ConnectionShape } from '@api/core/graphql/connection';

import {
  MailStatusModel,
  OutgoingMessageConnection,
  OutgoingMessageModel,
  OutgoingMessagesArgs,
  RetryOutgoingMessageInput,
} from './dto/outgoing-message.model';
import { OutboxService } from './outbox.service';

@Resolver()
export class OutboxResolver {
  constructor(private readonly outbox: OutboxService) {}

  @Roles(TeamRole.COORDINATOR)
  @Query(() => OutgoingMessageConnection, { description: 'The current team\u2019s outgoing email, newest first, paged. Coordinators only.' })
  outgoingMessages(@CurrentActor() actor: Actor, @Args() args: OutgoingMessagesArgs): Promise<ConnectionShape<OutgoingMessageModel>> {
    return this.outbox.list(actor, args);
  }

  @Roles(TeamRole.COORDINATOR)
  @Query(() => MailStatusModel, { description: 'How this instance sends mail, and the current team\u2019s outbox counts. Coordinators only.' })
  mailStatus(@CurrentActor() actor: Actor): Promise<MailStatusModel> {
    return this.outbox.status(actor);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => OutgoingMessageModel, {
    description: 'Queues a FAILED or HELD message of the current team for another delivery attempt and answers it QUEUED. Coordinators only.',
  })
  retryOutgoingMessage(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The message to send again.' }) input: RetryOutgoingMessageInput,
  ): Promise<OutgoingMessageModel> {
    return this.outbox.retry(actor, input.messageId);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => OutgoingMessageModel, {
    description:
      'Queues a test email to the caller through the configured SMTP server (HELD without one) and answers it; its status shows whether the settings work. Coordinators only.',
  })
  sendTestEmail(@CurrentActor() actor: Actor): Promise<OutgoingMessageModel> {
    return this.outbox.sendTest(actor);
  }
}
