import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';

import { createGuidesByIdLoader } from '@api/modules/guide/guides-by-id.loader';

/** Per-request DataLoaders: created in the GraphQL context, never shared. */
export type Loaders = {
  guidesById: ReturnType<typeof createGuidesByIdLoader>;
};

export function createLoaders(dataSource: DataSource, teamId: string | null): Loaders {
  return {
    guidesById: createGuidesByIdLoader(dataSource, teamId),
  };
}

export const RequestLoaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): Loaders =>
    GqlExecutionContext.create(context).getContext<{ loaders: Loaders }>().loaders,
);
