import { useQuery } from '@apollo/client/react';

import type { ViewerFieldsFragment } from '@web/generated/graphql';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

import { MeQuery } from '@web/modules/auth/graphql/queries/Me';

export type Viewer = ViewerFieldsFragment;

export type UseViewerResult = {
  viewer: Viewer | null;
  isLoading: boolean;
  isUnauthenticated: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** The signed-in user, their current team and role; `isUnauthenticated` when there is no session. */
export function useViewer(): UseViewerResult {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  const apiError = error ? toApiError(error) : null;

  return {
    viewer: data?.me ?? null,
    isLoading: loading && !data,
    isUnauthenticated: apiError?.code === 'UNAUTHENTICATED',
    error: apiError,
    retry: () => void refetch().catch(() => undefined),
  };
}
