import { useApolloClient, useMutation } from '@apollo/client/react';

import type { AcceptInviteInput } from '@web/generated/graphql';
import { MeQuery } from '@web/modules/auth/graphql/queries/Me';
import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import { AcceptInviteMutation } from '@web/modules/invites/graphql/mutations/AcceptInvite';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseAcceptInviteResult = {
  /** Joins the team and signs in; rejects with an ApiError. */
  acceptInvite: (input: AcceptInviteInput) => Promise<Viewer>;
  isAccepting: boolean;
};

export function useAcceptInvite(): UseAcceptInviteResult {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(AcceptInviteMutation);

  const acceptInvite = async (input: AcceptInviteInput): Promise<Viewer> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) {
        throw new Error('acceptInvite returned no data');
      }
      // The browser now holds the invitee's session, whoever was signed in before.
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: data.acceptInvite } });

      return data.acceptInvite;
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { acceptInvite, isAccepting: loading };
}
