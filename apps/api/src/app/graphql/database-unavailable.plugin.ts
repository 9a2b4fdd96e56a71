import type { ApolloServerPlugin } from '@apollo/server';

/** How long a client should wait before retrying while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * A GraphQL answer carrying DATABASE_UNAVAILABLE is sent as HTTP 503 with
 * Retry-After, so clients, proxies and the web app's autosave treat it as a
 * passing outage to retry, not as a refusal.
 */
export const databaseUnavailablePlugin: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        const { body } = response;
        const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
        if (errors?.some((error) => error.extensions?.['code'] === 'DATABASE_UNAVAILABLE')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
        }

        return Promise.resolve();
      },
    }),
};
