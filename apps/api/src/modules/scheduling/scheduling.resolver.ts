import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Authenticated, CurrentActor, Roles } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';
import { TeamRole } from '@api/modules/team/team-role';

import { AvailabilityService } from './availability.service';
import { AvailabilityModel, SetAvailabilityInput } from './dto/availability.model';
import { SessionModel, SlotModel } from './dto/session.model';
import {
  CancelSessionInput,
  FindSlotsInput,
  MarkNoShowInput,
  RescheduleSessionInput,
  ScheduleSessionInput,
  SessionsArgs,
} from './dto/session.input';
import { SessionService } from './session.service';
import { SlotFinderService } from './slot-finder.service';

@Resolver(() => SessionModel)
export class SchedulingResolver {
  constructor(
    private readonly availabilityService: AvailabilityService,
    private readonly sessionService: SessionService,
    private readonly slotFinder: SlotFinderService,
  ) {}

  @Authenticated()
  @Query(() => AvailabilityModel, { description: 'Your availability, or a teammate\u2019s (coordinators).' })
  availability(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID, nullable: true }, new ParseUUIDPipe({ optional: true })) userId?: string,
  ): Promise<AvailabilityModel> {
    return this.availabilityService.availability(actor, userId ?? actor.userId);
  }

  @Authenticated()
  @Mutation(() => AvailabilityModel)
  setAvailability(@CurrentActor() actor: Actor, @Args('input') input: SetAvailabilityInput): Promise<AvailabilityModel> {
    return this.availabilityService.setAvailability(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Query(() => [SlotModel], { description: 'Times at which the whole panel is free, fairest first.' })
  findSlots(@CurrentActor() actor: Actor, @Args('input') input: FindSlotsInput): Promise<SlotModel[]> {
    return this.slotFinder.findSlots(actor, input);
  }

  @Authenticated()
  @Query(() => [SessionModel], { description: 'Sessions overlapping [from, to); interviewers see their own.' })
  sessions(@CurrentActor() actor: Actor, @Args() args: SessionsArgs): Promise<SessionModel[]> {
    return this.sessionService.sessions(actor, args);
  }

  @Authenticated()
  @Query(() => SessionModel)
  session(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, new ParseUUIDPipe()) id: string): Promise<SessionModel> {
    return this.sessionService.session(actor, id);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => SessionModel)
  scheduleSession(@CurrentActor() actor: Actor, @Args('input') input: ScheduleSessionInput): Promise<SessionModel> {
    return this.sessionService.schedule(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => SessionModel)
  rescheduleSession(@CurrentActor() actor: Actor, @Args('input') input: RescheduleSessionInput): Promise<SessionModel> {
    return this.sessionService.reschedule(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => SessionModel)
  cancelSession(@CurrentActor() actor: Actor, @Args('input') input: CancelSessionInput): Promise<SessionModel> {
    return this.sessionService.cancel(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => SessionModel)
  markNoShow(@CurrentActor() actor: Actor, @Args('input') input: MarkNoShowInput): Promise<SessionModel> {
    return this.sessionService.markNoShow(actor, input);
  }
}
