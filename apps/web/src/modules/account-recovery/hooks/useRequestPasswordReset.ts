import { useMutation } from '@apollo/client/react';

import { RequestPasswordResetMutation } from '@web/modules/account-recovery/graphql/mutations/RequestPasswordReset';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseRequestPasswordResetResult = {
  /** Asks for a reset link; rejects with an ApiError (bad address, throttled). */
  requestPasswordReset: (email: string) => Promise<void>;
  isRequesting: boolean;
};

export function useRequestPasswordReset(): UseRequestPasswordResetResult {
  const [mutate, { loading }] = useMutation(RequestPasswordResetMutation);

  const requestPasswordReset = async (email: string): Promise<void> => {
    try {
      await mutate({ variables: { input: { email } } });
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { requestPasswordReset, isRequesting: loading };
}
