import { jest } from '@jest/globals';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { DomainError } from '@api/core/domain-error';
import { TeamRole } from './team-role';

import { IS_PUBLIC, REQUIRED_ROLES, WITHOUT_TEAM } from './auth.decorators';
import { AuthGuard } from './auth.guard';
import type { RequestAuth } from './request-auth';

function contextFor(auth: RequestAuth | undefined, metadata: Record<string, unknown>): {
  context: ExecutionContext;
  reflector: Reflector;
} {
  const handler = () => undefined;
  const reflector = new Reflector();
  jest
    .spyOn(reflector, 'getAllAndOverride')
    .mockImplementation((key: unknown) => metadata[key as string]);
  const context = {
    getHandler: () => handler,
    getClass: () => AuthGuard,
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => ({ auth }) }),
  } as unknown as ExecutionContext;

  return { context, reflector };
}

const member: RequestAuth = { sessionId: 's', userId: 'u', teamId: 't', role: TeamRole.INTERVIEWER };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }

  return undefined;
}

describe(AuthGuard.name, () => {
  it('should let anyone through a @Public handler', () => {
    const { context, reflector } = contextFor(undefined, { [IS_PUBLIC]: true });

    expect(new AuthGuard(reflector).canActivate(context)).toBe(true);
  });

  it('should answer UNAUTHENTICATED when there is no session', () => {
    const { context, reflector } = contextFor(undefined, {});

    expect(codeOf(() => new AuthGuard(reflector).canActivate(context))).toBe('UNAUTHENTICATED');
  });

  it('should answer FORBIDDEN when the caller has no current team', () => {
    const { context, reflector } = contextFor({ ...member, teamId: null, role: null }, {});

    expect(codeOf(() => new AuthGuard(reflector).canActivate(context))).toBe('FORBIDDEN');
  });

  it('should allow a caller without a team on a @WithoutTeam handler', () => {
    const { context, reflector } = contextFor({ ...member, teamId: null, role: null }, { [WITHOUT_TEAM]: true });

    expect(new AuthGuard(reflector).canActivate(context)).toBe(true);
  });

  it('should answer FORBIDDEN when the role is not among the required ones', () => {
    const { context, reflector } = contextFor(member, { [REQUIRED_ROLES]: [TeamRole.COORDINATOR] });

    expect(codeOf(() => new AuthGuard(reflector).canActivate(context))).toBe('FORBIDDEN');
  });

  it('should allow a caller holding a required role', () => {
    const { context, reflector } = contextFor(
      { ...member, role: TeamRole.COORDINATOR },
      { [REQUIRED_ROLES]: [TeamRole.COORDINATOR] },
    );

    expect(new AuthGuard(reflector).canActivate(context)).toBe(true);
  });
});
