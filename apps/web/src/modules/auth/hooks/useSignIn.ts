import { useApolloClient, useMutation } from '@apollo/client/react';

import type { SignInInput } from '@web/generated/graphql';
import { SignInMutation } from '@web/modules/auth/graphql/mutations/SignIn';
import { MeQuery } from '@web/modules/auth/graphql/queries/Me';
import { toApiError } from '@web/modules/shared/utils/apiError';

import type { Viewer } from './useViewer';

export type UseSignInResult = {
  /** Resolves with the signed-in viewer; rejects with an ApiError. */
  signIn: (input: SignInInput) => Promise<Viewer>;
  isSigningIn: boolean;
};

export function useSignIn(): UseSignInResult {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignInMutation);

  const signIn = async (input: SignInInput): Promise<Viewer> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) {
        throw new Error('signIn returned no data');
      }
      // Nothing cached for a previous user may leak into the new session.
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: data.signIn } });

      return data.signIn;
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { signIn, isSigningIn: loading };
}
