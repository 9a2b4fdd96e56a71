import { useQuery } from '@apollo/client/react';

import type { GuideDeletionPreviewQuery as PreviewResult } from '@web/generated/graphql';
import { GuideDeletionPreviewQuery } from '@web/modules/guides/graphql/queries/GuideDeletionPreview';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type GuideDeletionPreview = PreviewResult['guideDeletionPreview'];

/** What deleting the guide would remove and keep; fetched only while `isEnabled`. */
export function useGuideDeletionPreview(
  guideId: string,
  isEnabled: boolean,
): { preview: GuideDeletionPreview | null; error: ApiError | null } {
  const { data, error } = useQuery(GuideDeletionPreviewQuery, {
    variables: { guideId },
    skip: !isEnabled,
    fetchPolicy: 'network-only',
  });

  return {
    preview: data?.guideDeletionPreview ?? null,
    error: error ? toApiError(error) : null,
  };
}
