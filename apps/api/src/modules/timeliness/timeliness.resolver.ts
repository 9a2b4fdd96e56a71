import { Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

import { Authenticated, CurrentActor, Roles } from '@api/core/auth/auth.decorators';
import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { ScorecardDueModel } from '@api/modules/scorecard/dto/scorecard.model';

import { FeedbackTimelinessModel } from './dto/timeliness.model';
import { loadFeedbackTimeliness } from './feedback-timeliness.read-model';
import { loadScorecardsDue } from './scorecards-due.read-model';

@Resolver()
export class TimelinessResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Authenticated()
  @Query(() => [ScorecardDueModel], {
    description: 'Sessions that ended and still need the caller\u2019s scorecard (as lead or co-interviewer), oldest first. Any member of the team.',
  })
  scorecardsDue(@CurrentActor() actor: Actor): Promise<ScorecardDueModel[]> {
    return loadScorecardsDue(this.dataSource, actor);
  }

  @Roles(TeamRole.COORDINATOR)
  @Query(() => FeedbackTimelinessModel, { description: 'Scorecards owed per interviewer with their age, and median time to submit. Coordinators only.' })
  feedbackTimeliness(@CurrentActor() actor: Actor): Promise<FeedbackTimelinessModel> {
    return loadFeedbackTimeliness(this.dataSource, actor.teamId);
  }
}
