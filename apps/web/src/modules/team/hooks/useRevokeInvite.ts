import { useMutation } from '@apollo/client/react';

import { RevokeInviteMutation } from '@web/modules/team/graphql/mutations/RevokeInvite';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseRevokeInviteResult = {
  revokeInvite: (inviteId: string) => Promise<void>;
  isRevoking: boolean;
};

export function useRevokeInvite(): UseRevokeInviteResult {
  const [mutate, { loading }] = useMutation(RevokeInviteMutation, {
    // A revoked invite is no longer pending: drop it from the cached list.
    update(cache, { data }) {
      if (data) {
        cache.evict({ id: cache.identify(data.revokeInvite) });
        cache.gc();
      }
    },
  });

  const revokeInvite = async (inviteId: string): Promise<void> => {
    try {
      await mutate({ variables: { input: { inviteId } } });
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { revokeInvite, isRevoking: loading };
}
