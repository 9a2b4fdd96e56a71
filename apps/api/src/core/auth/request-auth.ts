import type { Request, Response } from 'express';

import type { TeamRole } from './team-role';

/** Who is calling, resolved once per request from the session cookie. */
export type RequestAuth = {
  sessionId: string;
  userId: string;
  teamId: string | null;
  role: TeamRole | null;
};

/** The caller inside a team: what team-scoped services receive. */
export type Actor = {
  userId: string;
  teamId: string;
  role: TeamRole;
};

export type AuthenticatedRequest = Request & { auth?: RequestAuth };

export type GraphQLContext = {
  req: AuthenticatedRequest;
  res: Response;
};

export const SESSION_COOKIE = 'pw_session';
