import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { type Client, createClient } from 'graphql-ws';

import { MeDocument } from '@web/generated/graphql';

// Operations whose UNAUTHENTICATED (or FORBIDDEN: a wrong setup token) answer
// is an expected outcome, not an expired session.
const AUTH_OPERATIONS = new Set([
  'Me',
  'SignIn',
  'SignOut',
  'AcceptInvite',
  'InvitePreview',
  'SetupStatus',
  'CompleteSetup',
  'RequestPasswordReset',
  'PasswordResetPreview',
  'ResetPassword',
  'BookingPage',
  'BookSlot',
  'RescheduleBooking',
  'CancelBooking',
]);
const ACCESS_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

export function createApolloClient(): ApolloClient {
  const webSocket = createWebSocketClient();
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([
      new ErrorLink(({ error, operation }) => {
        const isAccessError =
          CombinedGraphQLErrors.is(error) &&
          error.errors.some((e) =>
            ACCESS_CODES.has(String(e.extensions?.['code'])),
          );
        if (
          isAccessError &&
          !AUTH_OPERATIONS.has(operation.operationName ?? '')
        ) {
          // The session expired, or the role or membership changed elsewhere:
          // re-asking `me` lets the route guard send the user to sign in, and
          // the role gates and nav follow the new role.
          void client.refetchQueries({ include: [MeDocument] });
        }
      }),
      ApolloLink.split(
        (operation) =>
          operation.operationType === OperationTypeNode.SUBSCRIPTION,
        new GraphQLWsLink(webSocket),
        // Same origin as the page: the API serves the app, and Vite proxies in dev.
        new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
      ),
    ]),
    cache: new InMemoryCache(),
  });
  // The socket authenticated with the cookie of its upgrade request: after a
  // sign-in, sign-out or team switch (which clear the store) it reconnects.
  const reconnect = () => {
    webSocket.terminate();

    return Promise.resolve();
  };
  client.onClearStore(reconnect);
  client.onResetStore(reconnect);

  return client;
}

/** ws(s)://<this host>/graphql: the browser sends the session cookie with the upgrade. */
export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'>) {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

function createWebSocketClient(): Client {
  return createClient({
    url: () => webSocketUrl(window.location),
    // Connect on the first subscription only, and come back after any drop
    // (a laptop waking up, a flaky network) for as long as the page lives.
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const delay = Math.min(10_000, 1_000 * 2 ** retries);
      await new Promise((resolve) => setTimeout(resolve, delay));
    },
  });
}
