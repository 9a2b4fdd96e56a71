import type { DataSource } from 'typeorm';

import type { RequestAuth } from '@api/core/auth/request-auth';
import { createGroupedLoader } from '@api/core/graphql/grouped-loader';
import { loadNothing, loaderCallerOf } from '@api/core/graphql/request-loaders';

import { loadDecisions } from './debrief-decision.read-model';

export function createReviewLoaders(dataSource: DataSource, auth: RequestAuth | null) {
  const caller = loaderCallerOf(auth);

  return {
    // Decisions stay with coordinators: an interviewer reads none (independent scoring).
    decisionsByCandidateId: createGroupedLoader(
      caller?.isCoordinator ? (ids) => loadDecisions(dataSource, caller.teamId, ids) : loadNothing,
      (decision) => decision.candidateId,
    ),
  };
}

export type ReviewLoaders = ReturnType<typeof createReviewLoaders>;
