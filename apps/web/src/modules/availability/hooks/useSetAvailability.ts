import { useMutation } from '@apollo/client/react';

import type { SetAvailabilityInput } from '@web/generated/graphql';
import { SetAvailabilityMutation } from '@web/modules/availability/graphql/mutations/SetAvailability';
import { MyAvailabilityQuery } from '@web/modules/availability/graphql/queries/MyAvailability';
import { toDetailedApiError } from '@web/modules/scheduling/utils/detailedApiError';

import type { Availability } from './useMyAvailability';

export type UseSetAvailabilityResult = {
  /** Rejects with a DetailedApiError listing every field problem. */
  setAvailability: (input: SetAvailabilityInput) => Promise<Availability>;
  isSaving: boolean;
};

export function useSetAvailability(): UseSetAvailabilityResult {
  const [mutate, { loading }] = useMutation(SetAvailabilityMutation, {
    // Availability has no id for the cache to merge by: write the query.
    update(cache, { data }) {
      if (data) {
        cache.writeQuery({
          query: MyAvailabilityQuery,
          data: { availability: data.setAvailability },
        });
      }
    },
  });

  const setAvailability = async (
    input: SetAvailabilityInput,
  ): Promise<Availability> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) {
        throw new Error('setAvailability returned no data');
      }

      return data.setAvailability;
    } catch (error) {
      throw toDetailedApiError(error);
    }
  };

  return { setAvailability, isSaving: loading };
}
