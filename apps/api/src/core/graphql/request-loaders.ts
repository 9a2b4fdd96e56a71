import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import type { RequestAuth } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';

/** Who a request's loaders read for: a team member, or nobody (the loaders then answer empty). */
export type LoaderCaller = { teamId: string; userId: string; isCoordinator: boolean };

export function loaderCallerOf(auth: RequestAuth | null): LoaderCaller | null {
  return auth?.teamId && auth.role
    ? { teamId: auth.teamId, userId: auth.userId, isCoordinator: auth.role === TeamRole.COORDINATOR }
    : null;
}

/** What a loader answers for a request without a team member. */
export const loadNothing = (): Promise<never[]> => Promise.resolve([]);

/**
 * The request's DataLoaders (created per request by the composition root, one factory per
 * module); a resolver types the parameter with the loaders of the modules it reads.
 */
export const RequestLoaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): unknown => GqlExecutionContext.create(context).getContext<{ loaders: unknown }>().loaders,
);
