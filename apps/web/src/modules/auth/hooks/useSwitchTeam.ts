import { useApolloClient, useMutation } from '@apollo/client/react';

import { SwitchTeamMutation } from '@web/modules/auth/graphql/mutations/SwitchTeam';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseSwitchTeamResult = {
  switchTeam: (teamId: string) => Promise<void>;
  isSwitching: boolean;
};

export function useSwitchTeam(): UseSwitchTeamResult {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SwitchTeamMutation);

  const switchTeam = async (teamId: string): Promise<void> => {
    try {
      await mutate({ variables: { input: { teamId } } });
    } catch (error) {
      throw toApiError(error);
    }
    // Every cached team-scoped record belongs to the previous team: drop them
    // and refetch what is on screen.
    await client.resetStore();
  };

  return { switchTeam, isSwitching: loading };
}
