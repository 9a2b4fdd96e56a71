import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Notification', { description: 'An in-app notice to one user in one team.' })
export class NotificationModel {
  @Field(() => ID, { description: 'The notification\u2019s id.' })
  id!: string;

  @Field(() => String, {
    description: 'What it is about: SCORECARDS_COMPLETE, SCORECARD_REMINDER, SCORECARD_NUDGE or SCORECARD_ESCALATION.',
  })
  kind!: string;

  @Field(() => String, { description: 'The text to show.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'A path inside the web app to act on it, e.g. /sessions/<id>/scorecard; null when none.' })
  link!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the user marked it read; null while unread.' })
  readAt!: Date | null;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;
}

@ObjectType('NotificationList', { description: 'The caller\u2019s latest notifications in the current team.' })
export class NotificationListModel {
  @Field(() => [NotificationModel], { description: 'Newest first, at most 50.' })
  items!: NotificationModel[];

  @Field(() => Int, { description: 'All unread notifications, including any beyond the 50 listed.' })
  unreadCount!: number;
}
