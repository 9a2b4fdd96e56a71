import { Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

import { CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';

import { FeedbackTimelinessModel } from './dto/timeliness.model';
import { loadFeedbackTimeliness } from './feedback-timeliness.read-model';

@Resolver()
export class TimelinessResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Roles(TeamRole.COORDINATOR)
  @Query(() => FeedbackTimelinessModel, { description: 'Scorecards owed per interviewer with their age, and median time to submit. Coordinators only.' })
  feedbackTimeliness(@CurrentActor() actor: Actor): Promise<FeedbackTimelinessModel> {
    return loadFeedbackTimeliness(this.dataSource, actor.teamId);
  }
}
