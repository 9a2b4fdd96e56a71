import { useMutation } from '@apollo/client/react';

import { MeQuery } from '@web/modules/auth/graphql/queries/Me';
import { DeactivateMemberMutation } from '@web/modules/team/graphql/mutations/DeactivateMember';
import { TeamMembersQuery } from '@web/modules/team/graphql/queries/TeamMembers';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseDeactivateMemberResult = {
  deactivateMember: (membershipId: string) => Promise<void>;
  isDeactivating: boolean;
};

export function useDeactivateMember(): UseDeactivateMemberResult {
  const [mutate, { loading }] = useMutation(DeactivateMemberMutation, {
    // Members are listed active first, and the viewer may have deactivated themselves.
    refetchQueries: [TeamMembersQuery, MeQuery],
    awaitRefetchQueries: true,
  });

  const deactivateMember = async (membershipId: string): Promise<void> => {
    try {
      await mutate({ variables: { input: { membershipId } } });
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { deactivateMember, isDeactivating: loading };
}
