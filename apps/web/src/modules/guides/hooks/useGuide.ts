import { useQuery } from '@apollo/client/react';

import type { GuideDetailQuery as GuideDetailResult } from '@web/generated/graphql';
import { GuideDetailQuery } from '@web/modules/guides/graphql/queries/GuideDetail';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type GuideDetail = GuideDetailResult['guide'];

export type UseGuideResult = {
  guide: GuideDetail | null;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** One guide with its metadata and role profile. */
export function useGuide(id: string): UseGuideResult {
  const { data, loading, error, refetch } = useQuery(GuideDetailQuery, {
    variables: { id },
  });

  return {
    guide: data?.guide ?? null,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
