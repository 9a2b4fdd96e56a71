import type { DataSource } from 'typeorm';

import type { RequestAuth } from '@api/core/auth/request-auth';
import { createGroupedLoader } from '@api/core/graphql/grouped-loader';
import { loadNothing, loaderCallerOf } from '@api/core/graphql/request-loaders';

import { loadQuestionRevisions } from './question-revisions.query';

export function createQuestionLoaders(dataSource: DataSource, auth: RequestAuth | null) {
  const caller = loaderCallerOf(auth);

  return {
    questionRevisionsByQuestionId: createGroupedLoader(
      caller ? (ids) => loadQuestionRevisions(dataSource, caller.teamId, ids) : loadNothing,
      (revision) => revision.questionId,
    ),
  };
}

export type QuestionLoaders = ReturnType<typeof createQuestionLoaders>;
