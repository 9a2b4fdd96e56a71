import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'e.g. SCORECARDS_COMPLETE, SCORECARD_NUDGE' })
  kind!: string;

  @Field(() => String)
  message!: string;

  @Field(() => String, { nullable: true, description: 'A path inside the web app.' })
  link!: string | null;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('NotificationList')
export class NotificationListModel {
  @Field(() => [NotificationModel], { description: 'Newest first, at most 50.' })
  items!: NotificationModel[];

  @Field(() => Int)
  unreadCount!: number;
}
