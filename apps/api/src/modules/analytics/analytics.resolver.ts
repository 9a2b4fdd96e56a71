import { Args, Query, Resolver } from '@nestjs/graphql';

import { CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';

import { AnalyticsService } from './analytics.service';
import { AnalyticsFilterInput, CalibrationModel } from './dto/analytics.model';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Roles(TeamRole.COORDINATOR)
  @Query(() => CalibrationModel, {
    description: 'Interviewer calibration, inter-rater agreement, time to submit and question usage over the current team\u2019s sessions. Coordinators only.',
  })
  calibration(
    @CurrentActor() actor: Actor,
    @Args('filter', { description: 'The sessions to cover: a start-time range of at most 731 days, optionally one kit or interviewer.' })
    filter: AnalyticsFilterInput,
  ): Promise<CalibrationModel> {
    return this.analytics.calibration(actor, filter);
  }
}
