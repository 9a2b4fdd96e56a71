import { useQuery } from '@apollo/client/react';

import type { InvitePreviewQuery as InvitePreviewResult } from '@web/generated/graphql';
import { InvitePreviewQuery } from '@web/modules/invites/graphql/queries/InvitePreview';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type InvitePreview = InvitePreviewResult['invitePreview'];

export type UseInvitePreviewResult = {
  preview: InvitePreview | null;
  isLoading: boolean;
  error: ApiError | null;
};

export function useInvitePreview(token: string): UseInvitePreviewResult {
  const { data, loading, error } = useQuery(InvitePreviewQuery, {
    variables: { token },
    // An invite changes state (used, revoked) outside this tab: always ask the server.
    fetchPolicy: 'network-only',
  });

  return {
    preview: data?.invitePreview ?? null,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
  };
}
