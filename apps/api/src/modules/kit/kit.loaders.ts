import type { DataSource } from 'typeorm';

import type { RequestAuth } from '@api/core/auth/request-auth';
import { createKeyedLoader } from '@api/core/graphql/grouped-loader';
import { loadNothing, loaderCallerOf } from '@api/core/graphql/request-loaders';

import { loadKitInstructions } from './kit-instructions.query';

export function createKitLoaders(dataSource: DataSource, auth: RequestAuth | null) {
  const caller = loaderCallerOf(auth);

  return {
    kitInstructionsByKitId: createKeyedLoader(
      caller ? (ids) => loadKitInstructions(dataSource, caller.teamId, ids) : loadNothing,
      (kit) => kit.kitId,
    ),
  };
}

export type KitLoaders = ReturnType<typeof createKitLoaders>;
