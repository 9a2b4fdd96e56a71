import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

/** Why a time is not bookable; see checkBookable in the scheduling library. */
export enum BookingRule {
  OUTSIDE_AVAILABILITY = 'OUTSIDE_AVAILABILITY',
  TIME_OFF = 'TIME_OFF',
  DAILY_CAP = 'DAILY_CAP',
  WEEKLY_CAP = 'WEEKLY_CAP',
  BUFFER = 'BUFFER',
  OVERLAP = 'OVERLAP',
  IN_THE_PAST = 'IN_THE_PAST',
  MINIMUM_NOTICE = 'MINIMUM_NOTICE',
}

registerEnumType(BookingRule, {
  name: 'BookingRule',
  description:
    'A rule of checkBookable that a booking breaks. A coordinator may book anyway with overrideAvailability and a reason, except OVERLAP: a person holds one active session at a time.',
  valuesMap: {
    OUTSIDE_AVAILABILITY: { description: 'Outside the panelist\u2019s weekly windows (in their zone) or that date\u2019s override.' },
    TIME_OFF: { description: 'During the panelist\u2019s time off.' },
    DAILY_CAP: { description: 'Over the panelist\u2019s daily cap of sessions (their local day).' },
    WEEKLY_CAP: { description: 'Over the panelist\u2019s weekly cap of sessions (ISO week in their zone).' },
    BUFFER: { description: 'Within the panelist\u2019s buffer minutes before or after another of their sessions.' },
    OVERLAP: { description: 'The panelist already holds an active session at that time, in any team. Never overridable.' },
    IN_THE_PAST: { description: 'The time has already begun.' },
    MINIMUM_NOTICE: { description: 'Sooner than the team\u2019s minimumBookingNoticeMinutes from now.' },
  },
});

@ObjectType('BookingViolation', { description: 'One rule a booking breaks, for one panelist or (time rules) the whole booking.' })
export class BookingViolationModel {
  @Field(() => ID, { nullable: true, description: 'Null for IN_THE_PAST and MINIMUM_NOTICE.' })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: 'The panelist\u2019s name; null for IN_THE_PAST and MINIMUM_NOTICE.' })
  name!: string | null;

  @Field(() => BookingRule, { description: 'The rule broken.' })
  rule!: BookingRule;

  @Field(() => String, { description: 'What is wrong, in plain words without the name, e.g. the window or cap concerned.' })
  detail!: string;
}

@InputType({ description: 'A time to check before booking it: a new panel, or an existing session to move.' })
export class BookingConflictsInput {
  @Field(() => [ID], {
    defaultValue: [],
    description: 'The panel\u2019s user ids, at most 8; for a session to move, leave empty to use its panel.',
  })
  @ArrayMaxSize(8)
  @IsUUID('all', { each: true, message: 'userIds must be UUIDs' })
  userIds!: string[];

  @Field(() => ID, { nullable: true, description: 'A session being rescheduled: its own time does not count against it.' })
  @IsOptional()
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId?: string;

  @Field(() => Date, { description: 'The start to check.' })
  @IsDate({ message: 'startsAt must be a date-time' })
  startsAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Length in minutes, 15 to 480; required for a new panel, a session keeps its length when omitted.',
  })
  @IsOptional()
  @IsInt()
  @Min(15, { message: 'durationMinutes must be at least 15' })
  @Max(480, { message: 'durationMinutes must be at most 480' })
  durationMinutes?: number;
}
