import type { DataSource } from 'typeorm';

import type { RequestAuth } from '@api/core/auth/request-auth';

import { createGuidesByIdLoader } from './guides-by-id.loader';

export function createGuideLoaders(dataSource: DataSource, auth: RequestAuth | null) {
  return { guidesById: createGuidesByIdLoader(dataSource, auth?.teamId ?? null) };
}

export type GuideLoaders = ReturnType<typeof createGuideLoaders>;
