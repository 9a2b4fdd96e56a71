import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { DomainError } from '@api/core/domain-error';
import type { TeamRole } from './team-role';

import { IS_PUBLIC, REQUIRED_ROLES, WITHOUT_TEAM, requestFrom } from './auth.decorators';

/**
 * Global guard: every handler needs a signed-in caller with a current team
 * unless marked @Public or @WithoutTeam; @Roles narrows to team roles.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      return true;
    }
    const auth = requestFrom(context).auth;
    if (!auth) {
      throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
    }
    if (this.reflector.getAllAndOverride<boolean>(WITHOUT_TEAM, targets)) {
      return true;
    }
    if (!auth.teamId || !auth.role) {
      throw new DomainError('FORBIDDEN', 'You are not an active member of a team');
    }
    const roles = this.reflector.getAllAndOverride<TeamRole[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(auth.role)) {
      throw new DomainError('FORBIDDEN', `This needs the ${roles.join(' or ')} role`);
    }

    return true;
  }
}
