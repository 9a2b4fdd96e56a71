import type { DataSource } from 'typeorm';

import type { RequestAuth } from '@api/core/auth/request-auth';
import { createGuideLoaders } from '@api/modules/guide/guide.loaders';
import { createInterviewLoaders } from '@api/modules/interview/interview.loaders';
import { createKitLoaders } from '@api/modules/kit/kit.loaders';
import { createQuestionLoaders } from '@api/modules/question/question.loaders';
import { createReviewLoaders } from '@api/modules/review/review.loaders';
import { createRubricLoaders } from '@api/modules/rubric/rubric.loaders';
import { createSchedulingLoaders } from '@api/modules/scheduling/scheduling.loaders';
import { createScorecardLoaders } from '@api/modules/scorecard/scorecard.loaders';

/**
 * Per-request DataLoaders, assembled from each module's factory: created in the GraphQL
 * context for the caller, never shared. Session fields of lists go through these, so a page
 * of sessions costs one query per field, not one per session.
 */
export function createLoaders(dataSource: DataSource, auth: RequestAuth | null) {
  return {
    ...createGuideLoaders(dataSource, auth),
    ...createInterviewLoaders(dataSource, auth),
    ...createKitLoaders(dataSource, auth),
    ...createQuestionLoaders(dataSource, auth),
    ...createReviewLoaders(dataSource, auth),
    ...createRubricLoaders(dataSource, auth),
    ...createSchedulingLoaders(dataSource, auth),
    ...createScorecardLoaders(dataSource, auth),
  };
}
