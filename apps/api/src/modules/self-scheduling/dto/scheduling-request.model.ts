import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { UserModel } from '@api/core/graphql/user.model';
import { PanelistModel } from '@api/modules/scheduling/dto/session.model';

import { SchedulingRequestStatus } from '@api/modules/self-scheduling/scheduling-request-status';

@ObjectType('SchedulingRequest', {
  description:
    'A link sent to a candidate to book one session themselves; coordinators only.',
})
export class SchedulingRequestModel {
  @Field(() => ID, { description: 'The request’s id.' })
  id!: string;

  @Field(() => ID, { description: 'The candidate the link was sent to.' })
  candidateId!: string;

  @Field(() => ID, { description: 'The kit the booked session runs.' })
  kitId!: string;

  @Field(() => String, {
    description:
      'The kit’s name, shown to the candidate as the interview’s title.',
  })
  kitName!: string;

  @Field(() => Int, { description: 'Length of the session in minutes.' })
  durationMinutes!: number;

  @Field(() => [PanelistModel], { description: 'People who must all attend.' })
  panel!: PanelistModel[];

  @Field(() => [UserModel], {
    description: 'The pool poolCount interviewers are drawn from per booking.',
  })
  pool!: UserModel[];

  @Field(() => Int, { description: 'How many of the pool join each booking.' })
  poolCount!: number;

  @Field(() => Date, { description: 'Earliest start offered.' })
  windowStart!: Date;

  @Field(() => Date, { description: 'Latest end offered.' })
  windowEnd!: Date;

  @Field(() => Int, {
    description: 'Minutes of notice every offered start leaves.',
  })
  minimumNoticeMinutes!: number;

  @Field(() => String, {
    description: 'Meeting link or room of the booked session.',
  })
  location!: string;

  @Field(() => String, {
    description: 'IANA time zone the candidate reads times in.',
  })
  candidateTimeZone!: string;

  @Field(() => Date, {
    description:
      'When the link stops offering times (a booked link shows its session until it is over).',
  })
  expiresAt!: Date;

  @Field(() => SchedulingRequestStatus, {
    description: 'Where the link stands now.',
  })
  status!: SchedulingRequestStatus;

  @Field(() => Int, { description: 'How many times the link was emailed.' })
  sendCount!: number;

  @Field(() => Date, { description: 'When it was last emailed.' })
  sentAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the candidate first opened it.',
  })
  openedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the candidate booked.',
  })
  bookedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a coordinator revoked it.',
  })
  revokedAt!: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The session booked through it.',
  })
  sessionId!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The booked session’s current start.',
  })
  sessionStartsAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who created it.' })
  createdByName!: string | null;

  @Field(() => Date, { description: 'When the coordinator created it.' })
  createdAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'The link itself, only in the answer of createSchedulingRequest and resendSchedulingRequest (only its hash is stored).',
  })
  link!: string | null;
}

export enum BookingPageStatus {
  OPEN = 'OPEN',
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
  PAST = 'PAST',
}

registerEnumType(BookingPageStatus, {
  name: 'BookingPageStatus',
  description: 'What a scheduling link shows.',
  valuesMap: {
    OPEN: { description: 'Pick a time from slots.' },
    BOOKED: {
      description:
        'A time is booked; booking says when, with reschedule and cancel where the policy allows.',
    },
    CANCELLED: { description: 'The booked session was cancelled.' },
    PAST: {
      description: 'The booked session has taken place or is under way.',
    },
  },
});

@ObjectType('BookingSlot', { description: 'A time the whole panel can take.' })
export class BookingSlotModel {
  @Field(() => Date, {
    description: 'When the slot starts (ISO 8601 instant).',
  })
  start!: Date;

  @Field(() => Date, {
    description: 'When it ends: start plus the interview’s length.',
  })
  end!: Date;
}

@ObjectType('CandidateBooking', {
  description: 'The session a candidate booked, as they see it.',
})
export class CandidateBookingModel {
  @Field(() => Date, {
    description: 'When the session starts (ISO 8601 instant).',
  })
  startsAt!: Date;

  @Field(() => Date, { description: 'When it ends.' })
  endsAt!: Date;

  @Field(() => String, { description: 'Meeting link or room.' })
  location!: string;

  @Field(() => Boolean, {
    description: 'The policy allows the candidate to move it now.',
  })
  canReschedule!: boolean;

  @Field(() => Boolean, {
    description: 'The policy allows the candidate to cancel it now.',
  })
  canCancel!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it can no longer be moved or cancelled here, for the candidate.',
  })
  changeBlockedReason!: string | null;
}

@ObjectType('BookingPage', {
  description:
    'Everything a scheduling link shows: the team’s name and the interview, nothing else of the team.',
})
export class BookingPageModel {
  @Field(() => String, {
    description: 'The name of the team that sent the link.',
  })
  teamName!: string;

  @Field(() => String, {
    description: 'The interview’s title (the kit’s name).',
  })
  title!: string;

  @Field(() => Int, { description: 'Length in minutes.' })
  durationMinutes!: number;

  @Field(() => String, {
    description: 'The name of the candidate the link was sent to.',
  })
  candidateName!: string;

  @Field(() => String, {
    description: 'The IANA time zone last chosen on this link.',
  })
  timeZone!: string;

  @Field(() => BookingPageStatus, { description: 'What the page shows now.' })
  status!: BookingPageStatus;

  @Field(() => Date, { description: 'Until when the link offers times.' })
  expiresAt!: Date;

  @Field(() => [BookingSlotModel], {
    description:
      'Bookable starts, soonest first (to book, or to move the booking to); at most 300.',
  })
  slots!: BookingSlotModel[];

  @Field(() => CandidateBookingModel, {
    nullable: true,
    description: 'The session booked through the link; null before a booking.',
  })
  booking!: CandidateBookingModel | null;

  @Field(() => String, {
    description: 'The team’s rule for moving or cancelling, in words.',
  })
  policy!: string;
}
