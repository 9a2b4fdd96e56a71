import type { DataSource } from 'typeorm';

import type { RequestAuth } from '@api/core/auth/request-auth';
import { createKeyedLoader } from '@api/core/graphql/grouped-loader';
import { loadNothing, loaderCallerOf } from '@api/core/graphql/request-loaders';

import { loadRubrics } from './rubric.query';

export function createRubricLoaders(dataSource: DataSource, auth: RequestAuth | null) {
  const caller = loaderCallerOf(auth);

  return {
    currentRubricsByKitId: createKeyedLoader(
      caller ? (ids) => loadRubrics(dataSource, caller.teamId, 'k.id = ANY($2::uuid[])', [[...ids]], { byKit: true }) : loadNothing,
      (rubric) => rubric.kitId ?? '',
    ),
  };
}

export type RubricLoaders = ReturnType<typeof createRubricLoaders>;
