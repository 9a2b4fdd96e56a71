import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';

import { MeDocument } from '@web/generated/graphql';

// Operations whose UNAUTHENTICATED answer is an expected outcome, not an expired session.
const AUTH_OPERATIONS = new Set([
  'Me',
  'SignIn',
  'SignOut',
  'AcceptInvite',
  'InvitePreview',
]);
const ACCESS_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

export function createApolloClient(): ApolloClient {
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
      // Same origin as the page: the API serves the app, and Vite proxies in dev.
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache(),
  });

  return client;
}
