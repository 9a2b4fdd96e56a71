import { useQuery } from '@apollo/client/react';

import type { AvailabilityFieldsFragment } from '@web/generated/graphql';
import { MyAvailabilityQuery } from '@web/modules/availability/graphql/queries/MyAvailability';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type Availability = AvailabilityFieldsFragment;

export type UseMyAvailabilityResult = {
  availability: Availability | null;
  isLoading: boolean;
  error: ApiError | null;
  /** Loads the stored version again, e.g. after a conflict. */
  reload: () => Promise<Availability | null>;
};

export function useMyAvailability(): UseMyAvailabilityResult {
  const { data, loading, error, refetch } = useQuery(MyAvailabilityQuery);

  return {
    availability: data?.availability ?? null,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    reload: async () => {
      const result = await refetch();

      return result.data?.availability ?? null;
    },
  };
}
