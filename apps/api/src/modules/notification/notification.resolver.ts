import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';

import { MarkNotificationReadInput } from './dto/notification.input';
import { NotificationListModel } from './dto/notification.model';
import { NotificationService } from './notification.service';

@Resolver()
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Authenticated()
  @Query(() => NotificationListModel, { description: 'The caller\u2019s notifications in the current team. Any member of the team.' })
  notifications(@CurrentActor() actor: Actor): Promise<NotificationListModel> {
    return this.notificationService.list(actor);
  }

  @Authenticated()
  @Mutation(() => NotificationListModel, {
    description: 'Marks one or all of the caller\u2019s notifications read and answers the list. Any member of the team.',
  })
  markNotificationRead(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The notification, or none for all.' }) input: MarkNotificationReadInput,
  ): Promise<NotificationListModel> {
    return this.notificationService.markRead(actor, input.notificationId ?? null);
  }
}
