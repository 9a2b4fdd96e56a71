import { useMutation } from '@apollo/client/react';

import type { ChangePasswordInput } from '@web/generated/graphql';
import { ChangePasswordMutation } from '@web/modules/account/graphql/mutations/ChangePassword';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseChangePasswordResult = {
  /** Sets the new password; the API signs out every other session. Rejects with an ApiError. */
  changePassword: (input: ChangePasswordInput) => Promise<void>;
  isChanging: boolean;
};

export function useChangePassword(): UseChangePasswordResult {
  const [mutate, { loading }] = useMutation(ChangePasswordMutation);

  const changePassword = async (input: ChangePasswordInput): Promise<void> => {
    try {
      await mutate({ variables: { input } });
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { changePassword, isChanging: loading };
}
