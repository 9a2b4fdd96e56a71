import { useMutation } from '@apollo/client/react';

import type { UpdateTeamSettingsInput } from '@web/generated/graphql';
import { UpdateTeamSettingsMutation } from '@web/modules/team/graphql/mutations/UpdateTeamSettings';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseUpdateTeamSettingsResult = {
  /** Only the fields given change. */
  updateTeamSettings: (input: UpdateTeamSettingsInput) => Promise<void>;
  isSaving: boolean;
};

export function useUpdateTeamSettings(): UseUpdateTeamSettingsResult {
  // The Team comes back with its id, so the cached settings update themselves.
  const [mutate, { loading }] = useMutation(UpdateTeamSettingsMutation);

  const updateTeamSettings = async (
    input: UpdateTeamSettingsInput,
  ): Promise<void> => {
    try {
      await mutate({ variables: { input } });
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { updateTeamSettings, isSaving: loading };
}
