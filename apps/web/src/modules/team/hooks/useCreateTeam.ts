import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';

import { CreateTeamMutation } from '@web/modules/team/graphql/mutations/CreateTeam';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseCreateTeamResult = {
  /** Creates a team with the viewer as coordinator, switches to it and opens its Home; rejects with an ApiError. */
  createTeam: (name: string) => Promise<void>;
  isCreating: boolean;
};

export function useCreateTeam(): UseCreateTeamResult {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(CreateTeamMutation);

  const createTeam = async (name: string): Promise<void> => {
    try {
      await mutate({ variables: { input: { name } } });
    } catch (error) {
      throw toApiError(error);
    }
    // The page open now shows a record of the previous team. Leave it first:
    // while the store resets the shell is briefly gone, and a navigation asked
    // for then is lost. As after switching, every cached record is dropped.
    await navigate('/');
    await client.resetStore();
  };

  return { createTeam, isCreating: loading };
}
