import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';

import { type AuthenticatedRequest, SESSION_COOKIE } from '@api/core/auth/request-auth';

import { AuthService } from './auth.service';

/**
 * Attaches `req.auth` when the session cookie names a live session. Errors are
 * thrown, not passed to `next`, so the app's exception filter answers them
 * (an unreachable database as DATABASE_UNAVAILABLE, 503, never as signed out)
 * rather than Express's default error page.
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly auth: AuthService) {}

  async use(req: AuthenticatedRequest, _res: Response, next: NextFunction): Promise<void> {
    const cookies = req.cookies as Record<string, string | undefined> | undefined;
    const token = cookies?.[SESSION_COOKIE];
    if (token) {
      req.auth = (await this.auth.resolveSession(token)) ?? undefined;
    }
    next();
  }
}
