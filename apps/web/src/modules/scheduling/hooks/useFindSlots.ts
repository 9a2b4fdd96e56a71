import { useLazyQuery } from '@apollo/client/react';

import type { FindSlotsInput } from '@web/generated/graphql';
import { FindSlotsQuery } from '@web/modules/scheduling/graphql/queries/FindSlots';
import type { FoundSlot } from '@web/modules/scheduling/utils/slotGrouping';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseFindSlotsResult = {
  findSlots: (input: FindSlotsInput) => Promise<FoundSlot[]>;
  isSearching: boolean;
};

export function useFindSlots(): UseFindSlotsResult {
  const [run, { loading }] = useLazyQuery(FindSlotsQuery, {
    // Availability and bookings change: always ask the server.
    fetchPolicy: 'network-only',
  });

  return {
    findSlots: async (input) => {
      try {
        const { data, error } = await run({ variables: { input } });
        if (error) {
          throw toApiError(error);
        }

        return (data?.findSlots ?? []).map((slot) => ({
          start: slot.start,
          end: slot.end,
          score: slot.score,
          interviewers: slot.interviewers.map(({ id, name, timeZone }) => ({
            id,
            name,
            timeZone,
          })),
        }));
      } catch (error) {
        throw toApiError(error);
      }
    },
    isSearching: loading,
  };
}
