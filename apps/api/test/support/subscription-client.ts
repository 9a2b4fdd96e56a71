import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import type { GraphQLClient } from './graphql-client';

export type Subscription<T> = {
  /** Resolves with the first `count` events (or rejects on a subscription error). */
  next(count?: number): Promise<T[]>;
  close(): Promise<void>;
};

/** Subscribes over graphql-ws with the signed-in client's cookie, like a browser would. */
export function subscribe<T = Record<string, any>>(
  baseUrl: string,
  caller: GraphQLClient | null,
  query: string,
  variables: Record<string, unknown>,
): Subscription<T> & { client: Client } {
  const cookie = caller?.cookieHeader;
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: cookie ? { cookie } : {} });
      }
    },
    retryAttempts: 0,
    lazy: false,
    // The subscription's own error handler reports a refused socket; no console noise.
    onNonLazyError: () => undefined,
  });
  const events: T[] = [];
  const waiters: { count: number; resolve: (events: T[]) => void; reject: (error: unknown) => void }[] = [];
  let failure: unknown = null;
  const settle = () => {
    for (const waiter of [...waiters]) {
      if (failure) {
        waiter.reject(failure);
      } else if (events.length >= waiter.count) {
        waiter.resolve(events.slice(0, waiter.count));
      } else {
        continue;
      }
      waiters.splice(waiters.indexOf(waiter), 1);
    }
  };
  client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors?.length) {
          failure = result.errors;
        } else if (result.data) {
          events.push(result.data);
        }
        settle();
      },
      error: (error) => {
        failure = error;
        settle();
      },
      complete: () => undefined,
    },
  );

  return {
    client,
    next: (count = 1) =>
      new Promise<T[]>((resolve, reject) => {
        waiters.push({ count, resolve, reject });
        settle();
      }),
    close: () => client.dispose() as Promise<void>,
  };
}
