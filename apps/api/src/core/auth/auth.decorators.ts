import {
  createParamDecorator,
  type ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import type { TeamRole } from './team-role';

import type { Actor, AuthenticatedRequest, GraphQLContext, RequestAuth } from './request-auth';

export const IS_PUBLIC = 'auth:isPublic';
export const WITHOUT_TEAM = 'auth:withoutTeam';
export const REQUIRED_ROLES = 'auth:requiredRoles';

/** Open to anonymous callers. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Any active member of the current team (the guard's default, stated explicitly). */
export const Authenticated = () => SetMetadata(IS_PUBLIC, false);

/** Signed in, but no current team needed (me, switchTeam, signOut). */
export const WithoutTeam = () => SetMetadata(WITHOUT_TEAM, true);

/** Restricts to members holding one of these roles in the current team. */
export const Roles = (...roles: TeamRole[]) => SetMetadata(REQUIRED_ROLES, roles);

export function requestFrom(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }

  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The caller's session; the guard guarantees it outside @Public handlers. */
export const CurrentAuth = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestAuth => {
    const auth = requestFrom(context).auth;
    if (!auth) {
      throw new Error('CurrentAuth used on a route the guard does not protect');
    }

    return auth;
  },
);

/** The caller with their current team and role; the guard guarantees both. */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor => {
    const auth = requestFrom(context).auth;
    if (!auth?.teamId || !auth.role) {
      throw new Error('CurrentActor used on a route without a team guard');
    }

    return { userId: auth.userId, teamId: auth.teamId, role: auth.role };
  },
);
