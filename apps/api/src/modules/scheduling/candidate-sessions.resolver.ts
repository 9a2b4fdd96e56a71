import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Authenticated } from '@api/core/auth/auth.decorators';
import { RequestLoaders } from '@api/core/graphql/request-loaders';
import { CandidateModel } from '@api/modules/candidate/dto/candidate.model';

import { SessionModel } from './dto/session.model';
import type { SchedulingLoaders } from './scheduling.loaders';

/** The candidate record's sessions; scheduling owns them, so the field lives here. */
@Resolver(() => CandidateModel)
export class CandidateSessionsResolver {
  @Authenticated()
  @ResolveField(() => [SessionModel], {
    description: 'The candidate\u2019s sessions in any status, by start; interviewers see only the ones they sit on.',
  })
  sessions(@Parent() candidate: CandidateModel, @RequestLoaders() loaders: SchedulingLoaders): Promise<SessionModel[]> {
    return loaders.sessionsByCandidateId.load(candidate.id);
  }
}
