import { useQuery } from '@apollo/client/react';

import type { PasswordResetPreviewQuery as PreviewResult } from '@web/generated/graphql';
import { PasswordResetPreviewQuery } from '@web/modules/account-recovery/graphql/queries/PasswordResetPreview';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type PasswordResetPreview = PreviewResult['passwordResetPreview'];

export function usePasswordResetPreview(token: string): {
  preview: PasswordResetPreview | null;
  isLoading: boolean;
  error: ApiError | null;
} {
  const { data, loading, error } = useQuery(PasswordResetPreviewQuery, {
    variables: { token },
    // A link is used or expires outside this tab: always ask the server.
    fetchPolicy: 'network-only',
  });

  return {
    preview: data?.passwordResetPreview ?? null,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
  };
}
