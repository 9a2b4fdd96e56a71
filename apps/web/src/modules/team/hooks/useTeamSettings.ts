import { useQuery } from '@apollo/client/react';

import type { TeamSettingsFieldsFragment } from '@web/generated/graphql';
import { TeamSettingsQuery } from '@web/modules/team/graphql/queries/TeamSettings';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type TeamSettings = TeamSettingsFieldsFragment;

export type UseTeamSettingsResult = {
  settings: TeamSettings | null;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** The current team's scoring and rescheduling rules. */
export function useTeamSettings(): UseTeamSettingsResult {
  const { data, loading, error, refetch } = useQuery(TeamSettingsQuery);

  return {
    settings: data?.team ?? null,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
