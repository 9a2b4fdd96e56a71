import { useApolloClient, useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';

import { MeQuery } from '@web/modules/auth/graphql/queries/Me';
import { toApiError } from '@web/modules/shared/utils/apiError';

import type { Viewer } from './useViewer';

export type UseSessionMutationResult<TInput> = {
  /** Resolves with the signed-in viewer; rejects with an ApiError. */
  run: (input: TInput) => Promise<Viewer>;
  isRunning: boolean;
};

/**
 * A mutation that issues a session (sign-in, invite, first-run setup,
 * password reset) and answers the new viewer, who becomes this tab's user.
 */
export function useSessionMutation<TData, TInput>(
  document: TypedDocumentNode<TData, { input: TInput }>,
  viewerOf: (data: TData) => Viewer,
): UseSessionMutationResult<TInput> {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(document);

  const run = async (input: TInput): Promise<Viewer> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) {
        throw new Error('The server answered no data');
      }
      const viewer = viewerOf(data);
      // Nothing cached for whoever was signed in before may leak into the new session.
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: viewer } });

      return viewer;
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { run, isRunning: loading };
}
