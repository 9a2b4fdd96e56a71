import { useMutation } from '@apollo/client/react';

import type { UpdateEmailPreferencesInput } from '@web/generated/graphql';
import { UpdateEmailPreferencesMutation } from '@web/modules/account/graphql/mutations/UpdateEmailPreferences';
import { MeQuery } from '@web/modules/auth/graphql/queries/Me';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseUpdateEmailPreferencesResult = {
  /** Saves the preferences; rejects with an ApiError. */
  updateEmailPreferences: (input: UpdateEmailPreferencesInput) => Promise<void>;
  isSaving: boolean;
};

export function useUpdateEmailPreferences(): UseUpdateEmailPreferencesResult {
  const [mutate, { loading }] = useMutation(UpdateEmailPreferencesMutation, {
    // The viewer has no id to normalise on: store the answer as `me` itself.
    update: (cache, { data }) => {
      if (data) {
        cache.writeQuery({
          query: MeQuery,
          data: { me: data.updateEmailPreferences },
        });
      }
    },
  });

  const updateEmailPreferences = async (
    input: UpdateEmailPreferencesInput,
  ): Promise<void> => {
    try {
      await mutate({ variables: { input } });
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { updateEmailPreferences, isSaving: loading };
}
