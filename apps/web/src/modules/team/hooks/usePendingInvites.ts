import { useQuery } from '@apollo/client/react';

import type { InviteFieldsFragment } from '@web/generated/graphql';
import { PendingInvitesQuery } from '@web/modules/team/graphql/queries/PendingInvites';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type Invite = InviteFieldsFragment;

export type UsePendingInvitesResult = {
  invites: Invite[];
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

export function usePendingInvites(): UsePendingInvitesResult {
  const { data, loading, error, refetch } = useQuery(PendingInvitesQuery);

  return {
    invites: data?.invites ?? [],
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
