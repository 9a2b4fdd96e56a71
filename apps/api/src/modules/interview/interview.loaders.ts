import type { DataSource } from 'typeorm';

import type { RequestAuth } from '@api/core/auth/request-auth';
import { createGroupedLoader } from '@api/core/graphql/grouped-loader';
import { loadNothing, loaderCallerOf } from '@api/core/graphql/request-loaders';

import { loadOwnNotes } from './session-note.query';
import { loadSessionPlans } from './session-plan.query';

export function createInterviewLoaders(dataSource: DataSource, auth: RequestAuth | null) {
  const caller = loaderCallerOf(auth);

  return {
    sessionPlansBySessionId: createGroupedLoader(
      caller ? (ids) => loadSessionPlans(dataSource, caller.teamId, ids) : loadNothing,
      (question) => question.sessionId,
    ),
    ownNotesBySessionId: createGroupedLoader(
      caller ? (ids) => loadOwnNotes(dataSource, caller.userId, ids) : loadNothing,
      (note) => note.sessionId,
    ),
  };
}

export type InterviewLoaders = ReturnType<typeof createInterviewLoaders>;
