import type { DataSource } from 'typeorm';

import type { RequestAuth } from '@api/core/auth/request-auth';
import { createGroupedLoader, createKeyedLoader } from '@api/core/graphql/grouped-loader';
import { loadNothing, loaderCallerOf } from '@api/core/graphql/request-loaders';

import { loadPanelSubmissions, loadScorecardsRevealed } from './scorecard-progress.query';
import { scorecardVisible } from './scorecard-visibility';
import { loadScorecards } from './scorecard.query';

export function createScorecardLoaders(dataSource: DataSource, auth: RequestAuth | null) {
  const caller = loaderCallerOf(auth);

  return {
    visibleScorecardsBySessionId: createGroupedLoader(
      caller
        ? (ids) =>
            loadScorecards(dataSource, caller.teamId, `sc.session_id = ANY($2::uuid[]) AND ${scorecardVisible('$3', '$4')}`, [
              [...ids],
              caller.userId,
              caller.isCoordinator,
            ])
        : loadNothing,
      (scorecard) => scorecard.sessionId,
    ),
    panelSubmissionsBySessionId: createGroupedLoader(
      caller ? (ids) => loadPanelSubmissions(dataSource, caller.teamId, ids) : loadNothing,
      (submission) => submission.sessionId,
    ),
    scorecardsRevealedBySessionId: createKeyedLoader(
      caller ? (ids) => loadScorecardsRevealed(dataSource, caller, ids) : loadNothing,
      (row) => row.id,
    ),
  };
}

export type ScorecardLoaders = ReturnType<typeof createScorecardLoaders>;
