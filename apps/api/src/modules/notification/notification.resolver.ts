import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';

import { MarkNotificationReadInput } from './dto/notification.input';
import { NotificationListModel } from './dto/notification.model';
import { NotificationService } from './notification.service';

@Resolver()
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Authenticated()
  @Query(() => NotificationListModel, { description: 'Your notifications in the current team.' })
  notifications(@CurrentActor() actor: Actor): Promise<NotificationListModel> {
    return this.notificationService.list(actor);
  }

  @Authenticated()
  @Mutation(() => NotificationListModel)
  markNotificationRead(@CurrentActor() actor: Actor, @Args('input') input: MarkNotificationReadInput): Promise<NotificationListModel> {
    return this.notificationService.markRead(actor, input.notificationId ?? null);
  }
}
