import type { Response } from 'express';

import { SESSION_COOKIE } from '@api/core/auth/request-auth';
import type { AppConfig } from '@api/core/config/app-config';

import type { IssuedSession } from './auth.service';

export function setSessionCookie(res: Response, config: AppConfig, session: IssuedSession): void {
  res.cookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    path: '/',
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    path: '/',
  });
}
