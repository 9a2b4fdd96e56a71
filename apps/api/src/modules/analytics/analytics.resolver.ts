import { Args, Query, Resolver } from '@nestjs/graphql';

import { CurrentActor, Roles } from '@api/auth/auth.decorators';
import type { Actor } from '@api/auth/request-auth';
import { TeamRole } from '@api/modules/team/team-role';

import { AnalyticsService } from './analytics.service';
import { AnalyticsFilterInput, CalibrationModel } from './dto/analytics.model';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Roles(TeamRole.COORDINATOR)
  @Query(() => CalibrationModel, { description: 'Interviewer calibration, inter-rater agreement, time to submit and question usage.' })
  calibration(@CurrentActor() actor: Actor, @Args('filter') filter: AnalyticsFilterInput): Promise<CalibrationModel> {
    return this.analytics.calibration(actor, filter);
  }
}
