import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { UserModel } from '@api/core/graphql/user.model';
import { CandidateModel } from '@api/modules/candidate/dto/candidate.model';

import { PanelRole, SessionStatus } from '@api/core/session-status';
import { BookingViolationModel } from '@api/modules/scheduling/dto/booking.model';

@ObjectType('Panelist', { description: 'A member seated on a session\u2019s panel.' })
export class PanelistModel {
  @Field(() => UserModel, { description: 'The member.' })
  user!: UserModel;

  @Field(() => PanelRole, { description: 'Their seat: lead, co-interviewer or shadow.' })
  role!: PanelRole;
}

@ObjectType('SessionEvent', { description: 'One entry of a session\u2019s history.' })
export class SessionEventModel {
  @Field(() => String, { description: 'What happened: SCHEDULED, RESCHEDULED, STARTED, COMPLETED, CANCELLED or NO_SHOW.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'The reason given (reschedule, cancellation, no-show); null when none.' })
  reason!: string | null;

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Who did it; null for the system (e.g. the demo seed) or a removed account.' })
  actorName!: string | null;

  @Field(() => Date, { nullable: true, description: 'For RESCHEDULED: the start before the move; null otherwise.' })
  previousStartsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'For RESCHEDULED: the start after the move; null otherwise.' })
  newStartsAt!: Date | null;

  @Field(() => Boolean, { description: 'A coordinator overrode the reschedule policy.' })
  overrodePolicy!: boolean;

  @Field(() => String, { nullable: true, description: 'For NO_SHOW: who did not attend, CANDIDATE or INTERVIEWER; null otherwise.' })
  party!: string | null;

  @Field(() => Boolean, { description: 'A coordinator booked this time although it broke the availability rule.' })
  overrodeAvailability!: boolean;

  @Field(() => String, { nullable: true, description: 'The coordinator\u2019s reason for booking despite the rule; null without an override.' })
  availabilityOverrideReason!: string | null;

  @Field(() => [BookingViolationModel], { description: 'The rules the booked time broke, as checked when it was booked.' })
  availabilityViolations!: BookingViolationModel[];
}

@ObjectType('InterviewSession', { description: 'One interview of a candidate by a panel, run from a kit at a booked time.' })
export class SessionModel {
  @Field(() => ID, { description: 'The session\u2019s id; also the UID of its calendar invitation.' })
  id!: string;

  @Field(() => CandidateModel, { description: 'The candidate interviewed.' })
  candidate!: CandidateModel;

  @Field(() => ID, { description: 'The kit the session runs.' })
  kitId!: string;

  @Field(() => String, { description: 'That kit\u2019s name.' })
  kitName!: string;

  @Field(() => Date, { description: 'The booked start.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'The booked end (start plus its length of 15 to 480 minutes).' })
  endsAt!: Date;

  @Field(() => String, { description: 'IANA zone the session was planned in.' })
  timeZone!: string;

  @Field(() => String, { description: 'Room or meeting link; empty when none.' })
  location!: string;

  @Field(() => SessionStatus, { description: 'Where the session stands.' })
  status!: SessionStatus;

  @Field(() => Date, { nullable: true, description: 'When the room was opened; null until started.' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was completed; null until then.' })
  completedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Simultaneous reveal: scorecards open to the panel after this even if some are missing.' })
  revealAt!: Date | null;

  @Field(() => [PanelistModel], { description: 'The panel by seat (lead, co-interviewers, shadows), then name.' })
  panel!: PanelistModel[];

  @Field(() => [SessionEventModel], { description: 'Scheduling, reschedules, start, completion, cancellation and no-show, oldest first.' })
  history!: SessionEventModel[];

  @Field(() => Int, { description: 'Times it has been rescheduled (against the team\u2019s maxReschedules).' })
  rescheduleCount!: number;

  @Field(() => Int, { description: 'The iCalendar SEQUENCE of the invitation: 0 when scheduled, raised by every reschedule, cancellation or no-show.' })
  sequence!: number;

  @Field(() => Int, { description: 'Raised by every change; pass it back as expectedVersion in rescheduleSession.' })
  version!: number;
}

@ObjectType('Slot', { description: 'A time at which the whole panel is free and the booking rule passes.' })
export class SlotModel {
  @Field(() => Date, { description: 'The slot\u2019s start (on a 15-minute grid).' })
  start!: Date;

  @Field(() => Date, { description: 'The slot\u2019s end: start plus durationMinutes.' })
  end!: Date;

  @Field(() => [UserModel], { description: 'The required interviewers, then the pool members picked for this slot (least loaded first).' })
  interviewers!: UserModel[];

  @Field(() => Int, {
    description: 'Lower is fairer: the panel\u2019s combined load (each person\u2019s sessions in the search range, in that ISO week and on that day).',
  })
  score!: number;
}
