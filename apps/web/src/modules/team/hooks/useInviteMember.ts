import { useMutation } from '@apollo/client/react';

import type { InviteMemberInput } from '@web/generated/graphql';
import { InviteMemberMutation } from '@web/modules/team/graphql/mutations/InviteMember';
import { PendingInvitesQuery } from '@web/modules/team/graphql/queries/PendingInvites';
import { toApiError } from '@web/modules/shared/utils/apiError';

import type { Invite } from './usePendingInvites';

export type CreatedInvite = {
  /** The one-time link; the API returns it only here. */
  url: string;
  invite: Invite;
};

export type UseInviteMemberResult = {
  inviteMember: (input: InviteMemberInput) => Promise<CreatedInvite>;
  isInviting: boolean;
};

export function useInviteMember(): UseInviteMemberResult {
  const [mutate, { loading }] = useMutation(InviteMemberMutation, {
    refetchQueries: [PendingInvitesQuery],
    awaitRefetchQueries: true,
  });

  const inviteMember = async (
    input: InviteMemberInput,
  ): Promise<CreatedInvite> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) {
        throw new Error('inviteMember returned no data');
      }

      return data.inviteMember;
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { inviteMember, isInviting: loading };
}
