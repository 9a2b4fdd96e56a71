import type { DataSource } from 'typeorm';

import type { RequestAuth } from '@api/core/auth/request-auth';
import { createGroupedLoader } from '@api/core/graphql/grouped-loader';
import { loadNothing, loaderCallerOf } from '@api/core/graphql/request-loaders';

import { loadCandidateSessions } from './candidate-sessions.query';

export function createSchedulingLoaders(dataSource: DataSource, auth: RequestAuth | null) {
  const caller = loaderCallerOf(auth);

  return {
    // Interviewers see only the sessions they sit on, as in the sessions query.
    sessionsByCandidateId: createGroupedLoader(
      caller ? (ids) => loadCandidateSessions(dataSource, caller, ids) : loadNothing,
      (session) => session.candidate.id,
    ),
  };
}

export type SchedulingLoaders = ReturnType<typeof createSchedulingLoaders>;
