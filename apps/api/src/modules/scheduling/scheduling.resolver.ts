import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { IdArg } from '@api/core/graphql/id-arg';

import { AvailabilityService } from './availability.service';
import { AvailabilityModel, SetAvailabilityInput } from './dto/availability.model';
import { BookingConflictsInput, BookingViolationModel } from './dto/booking.model';
import { SessionModel, SlotModel } from './dto/session.model';
import {
  CancelSessionInput,
  FindSlotsInput,
  MarkNoShowInput,
  RescheduleSessionInput,
  ScheduleSessionInput,
  SessionsArgs,
} from './dto/session.input';
import { SessionBookingService } from './session-booking.service';
import { SessionLifecycleService } from './session-lifecycle.service';
import { SessionService } from './session.service';
import { SlotFinderService } from './slot-finder.service';

@Resolver(() => SessionModel)
export class SchedulingResolver {
  constructor(
    private readonly availabilityService: AvailabilityService,
    private readonly sessionService: SessionService,
    private readonly booking: SessionBookingService,
    private readonly lifecycle: SessionLifecycleService,
    private readonly slotFinder: SlotFinderService,
  ) {}

  @Authenticated()
  @Query(() => AvailabilityModel, {
    description: 'The caller\u2019s availability, or (coordinators only, else FORBIDDEN) a teammate\u2019s. Any member of the team.',
  })
  availability(
    @CurrentActor() actor: Actor,
    @IdArg('userId', { nullable: true, description: 'The member whose availability to read; omit for the caller\u2019s own.' }) userId?: string,
  ): Promise<AvailabilityModel> {
    return this.availabilityService.availability(actor, userId ?? actor.userId);
  }

  @Authenticated()
  @Mutation(() => AvailabilityModel, {
    description: 'Replaces the caller\u2019s own availability (optimistic: expectedVersion); sessions already booked stay. Any member of the team.',
  })
  setAvailability(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The whole availability and the version it was edited from.' }) input: SetAvailabilityInput,
  ): Promise<AvailabilityModel> {
    return this.availabilityService.setAvailability(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Query(() => [SlotModel], {
    description:
      'Times at which the whole panel is free and bookable (the same rule as scheduleSession, with the team\u2019s minimum notice), fairest first. Coordinators only.',
  })
  findSlots(@CurrentActor() actor: Actor, @Args('input', { description: 'The panel, the length and the range to search.' }) input: FindSlotsInput): Promise<SlotModel[]> {
    return this.slotFinder.findSlots(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Query(() => [BookingViolationModel], {
    description:
      'The rules a booking would break (empty = bookable), as scheduleSession and rescheduleSession check them. Coordinators only.',
  })
  bookingConflicts(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The panel or session, and the time to check.' }) input: BookingConflictsInput,
  ): Promise<BookingViolationModel[]> {
    return this.booking.bookingConflicts(actor, input);
  }

  @Authenticated()
  @Query(() => [SessionModel], {
    description: 'Sessions of the current team overlapping [from, to), in any status, by start; interviewers see only their own. Any member of the team.',
  })
  sessions(@CurrentActor() actor: Actor, @Args() args: SessionsArgs): Promise<SessionModel[]> {
    return this.sessionService.sessions(actor, args);
  }

  @Authenticated()
  @Query(() => SessionModel, {
    description: 'One session of the current team; NOT_FOUND for another team\u2019s or, for an interviewer, one they are not on. Any member of the team.',
  })
  session(@CurrentActor() actor: Actor, @IdArg('id', { description: 'The session\u2019s id.' }) id: string): Promise<SessionModel> {
    return this.sessionService.session(actor, id);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => SessionModel, {
    description:
      'Books a session after checking the booking rule with the panel locked (a refusal is CONFLICT reason NOT_BOOKABLE with extensions.violations); sends every panelist a calendar invitation; audited. Coordinators only.',
  })
  scheduleSession(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The candidate, kit, time, panel and any override.' }) input: ScheduleSessionInput,
  ): Promise<SessionModel> {
    return this.booking.schedule(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => SessionModel, {
    description:
      'Moves a session under the team\u2019s reschedule policy and the booking rule (CONFLICT reason NOT_BOOKABLE when refused); the panel gets an updated invitation. Audited. Coordinators only.',
  })
  rescheduleSession(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session, its new time, the reason and any overrides.' }) input: RescheduleSessionInput,
  ): Promise<SessionModel> {
    return this.booking.reschedule(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => SessionModel, {
    description: 'Cancels a scheduled or running session with a reason (another status is CONFLICT); the panel gets a cancellation. Coordinators only.',
  })
  cancelSession(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session and the reason.' }) input: CancelSessionInput,
  ): Promise<SessionModel> {
    return this.lifecycle.cancel(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => SessionModel, {
    description: 'Marks a scheduled or running session NO_SHOW (another status is CONFLICT), naming who did not attend. Coordinators only.',
  })
  markNoShow(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session, the absent party and an optional note.' }) input: MarkNoShowInput,
  ): Promise<SessionModel> {
    return this.lifecycle.markNoShow(actor, input);
  }
}
