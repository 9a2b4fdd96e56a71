import { useApolloClient, useMutation } from '@apollo/client/react';

import { SignOutMutation } from '@web/modules/auth/graphql/mutations/SignOut';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseSignOutResult = {
  signOut: () => Promise<void>;
  isSigningOut: boolean;
};

export function useSignOut(): UseSignOutResult {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignOutMutation);

  const signOut = async (): Promise<void> => {
    try {
      await mutate();
    } catch (error) {
      const apiError = toApiError(error);
      // An already-expired session is as good as signed out.
      if (apiError.code !== 'UNAUTHENTICATED') {
        throw apiError;
      }
    }
    await client.clearStore();
  };

  return { signOut, isSigningOut: loading };
}
