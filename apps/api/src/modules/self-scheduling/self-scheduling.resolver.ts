import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentActor, Public, Roles } from '@api/core/auth/auth.decorators';
import type { Actor, GraphQLContext } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { IdArg } from '@api/core/graphql/id-arg';

import { BookingPageService } from './booking-page.service';
import {
  BookSlotInput,
  CancelBookingInput,
  CreateSchedulingRequestInput,
  SchedulingRequestIdInput,
} from './dto/scheduling-request.input';
import {
  BookingPageModel,
  SchedulingRequestModel,
} from './dto/scheduling-request.model';
import { SchedulingRequestService } from './scheduling-request.service';

@Resolver()
export class SelfSchedulingResolver {
  constructor(
    private readonly requests: SchedulingRequestService,
    private readonly bookingPages: BookingPageService,
  ) {}

  @Roles(TeamRole.COORDINATOR)
  @Query(() => [SchedulingRequestModel], {
    description: 'The scheduling links sent to a candidate, newest first.',
  })
  schedulingRequests(
    @CurrentActor() actor: Actor,
    @IdArg('candidateId', { description: 'The candidate whose links to list.' })
    candidateId: string,
  ): Promise<SchedulingRequestModel[]> {
    return this.requests.list(actor, candidateId);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => SchedulingRequestModel, {
    description:
      'Emails a candidate a link to book one session themselves, within the booking rule.',
  })
  createSchedulingRequest(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description:
        'The candidate, kit, panel, date range and notice the link offers.',
    })
    input: CreateSchedulingRequestInput,
  ): Promise<SchedulingRequestModel> {
    return this.requests.create(actor, input);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => SchedulingRequestModel, {
    description:
      'Emails the candidate a fresh link to the same request; earlier links keep working.',
  })
  resendSchedulingRequest(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The request to resend.' })
    input: SchedulingRequestIdInput,
  ): Promise<SchedulingRequestModel> {
    return this.requests.resend(actor, input.requestId);
  }

  @Roles(TeamRole.COORDINATOR)
  @Mutation(() => SchedulingRequestModel, {
    description:
      'Stops every link of the request; a session already booked stays booked.',
  })
  revokeSchedulingRequest(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The request to revoke.' })
    input: SchedulingRequestIdInput,
  ): Promise<SchedulingRequestModel> {
    return this.requests.revoke(actor, input.requestId);
  }

  @Public()
  @Query(() => BookingPageModel, {
    description:
      'What a scheduling link shows, for the candidate holding it (no sign-in): free times, or the booking. Throttled.',
  })
  bookingPage(
    @Args('token', {
      type: () => String,
      description: 'The secret from the link.',
    })
    token: string,
    @Context() context: GraphQLContext,
  ): Promise<BookingPageModel> {
    return this.bookingPages.page(token, context.req.ip);
  }

  @Public()
  @Mutation(() => BookingPageModel, {
    description:
      'Books the time picked on a scheduling link, if the panel can still take it. Throttled.',
  })
  bookSlot(
    @Args('input', {
      description:
        'The link’s secret, the start picked and the candidate’s time zone.',
    })
    input: BookSlotInput,
    @Context() context: GraphQLContext,
  ): Promise<BookingPageModel> {
    return this.bookingPages.book(input, context.req.ip);
  }

  @Public()
  @Mutation(() => BookingPageModel, {
    description:
      'Moves the session booked through a scheduling link, within the team’s policy. Throttled.',
  })
  rescheduleBooking(
    @Args('input', {
      description:
        'The link’s secret, the new start and the candidate’s time zone.',
    })
    input: BookSlotInput,
    @Context() context: GraphQLContext,
  ): Promise<BookingPageModel> {
    return this.bookingPages.reschedule(input, context.req.ip);
  }

  @Public()
  @Mutation(() => BookingPageModel, {
    description:
      'Cancels the session booked through a scheduling link, within the team’s policy. Throttled.',
  })
  cancelBooking(
    @Args('input', { description: 'The link’s secret and an optional reason.' })
    input: CancelBookingInput,
    @Context() context: GraphQLContext,
  ): Promise<BookingPageModel> {
    return this.bookingPages.cancel(input, context.req.ip);
  }
}
