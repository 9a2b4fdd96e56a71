import { useMutation } from '@apollo/client/react';

import type { TeamRole } from '@web/generated/graphql';
import { MeQuery } from '@web/modules/auth/graphql/queries/Me';
import { ChangeMemberRoleMutation } from '@web/modules/team/graphql/mutations/ChangeMemberRole';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseChangeMemberRoleResult = {
  changeMemberRole: (membershipId: string, role: TeamRole) => Promise<void>;
  isChanging: boolean;
};

export function useChangeMemberRole(): UseChangeMemberRoleResult {
  const [mutate, { loading }] = useMutation(ChangeMemberRoleMutation, {
    // The membership updates itself in the cache; `me` is refetched because
    // the viewer may have changed their own role.
    refetchQueries: [MeQuery],
  });

  const changeMemberRole = async (
    membershipId: string,
    role: TeamRole,
  ): Promise<void> => {
    try {
      await mutate({ variables: { input: { membershipId, role } } });
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { changeMemberRole, isChanging: loading };
}
