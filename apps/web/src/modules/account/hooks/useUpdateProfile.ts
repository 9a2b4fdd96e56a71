import { useMutation } from '@apollo/client/react';

import type { UpdateProfileInput } from '@web/generated/graphql';
import { UpdateProfileMutation } from '@web/modules/account/graphql/mutations/UpdateProfile';
import { MeQuery } from '@web/modules/auth/graphql/queries/Me';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseUpdateProfileResult = {
  /** Saves the name, email or zone; rejects with an ApiError. */
  updateProfile: (input: UpdateProfileInput) => Promise<void>;
  isSaving: boolean;
};

export function useUpdateProfile(): UseUpdateProfileResult {
  const [mutate, { loading }] = useMutation(UpdateProfileMutation, {
    // The viewer has no id to normalise on: store the answer as `me` itself.
    update: (cache, { data }) => {
      if (data) {
        cache.writeQuery({ query: MeQuery, data: { me: data.updateProfile } });
      }
    },
  });

  const updateProfile = async (input: UpdateProfileInput): Promise<void> => {
    try {
      await mutate({ variables: { input } });
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { updateProfile, isSaving: loading };
}
