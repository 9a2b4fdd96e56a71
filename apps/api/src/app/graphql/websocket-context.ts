import type { IncomingMessage } from 'node:http';

import { type AuthenticatedRequest, type RequestAuth, SESSION_COOKIE } from '@api/core/auth/request-auth';
import type { AuthService } from '@api/modules/identity/auth.service';

/** The graphql-ws connection context: the upgrade request is where the session cookie lives. */
export type WebSocketContext = { extra: { request: IncomingMessage } };

export function sessionTokenFromCookies(header: string | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      return decodeURIComponent(value.join('='));
    }
  }

  return null;
}

/**
 * Resolves the caller of a subscription from its socket's cookie, afresh for
 * every operation, so a signed-out session stops being served.
 */
export async function webSocketRequest(auth: AuthService, context: WebSocketContext): Promise<AuthenticatedRequest> {
  const token = sessionTokenFromCookies(context.extra.request.headers.cookie);
  const resolved: RequestAuth | null = token ? await auth.resolveSession(token) : null;

  return { auth: resolved ?? undefined, headers: context.extra.request.headers } as AuthenticatedRequest;
}
