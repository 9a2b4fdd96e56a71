import { useMutation } from '@apollo/client/react';

import type { UpdateKitInput } from '@web/generated/graphql';
import { UpdateKitMutation } from '@web/modules/kits/graphql/mutations/UpdateKit';
import { toApiError } from '@web/modules/shared/utils/apiError';

import type { Kit } from './useKit';

export type UseUpdateKitResult = {
  /** Rejects with an ApiError; code CONFLICT when someone saved since expectedVersion. */
  updateKit: (input: UpdateKitInput) => Promise<Kit>;
  isUpdating: boolean;
};

export function useUpdateKit(): UseUpdateKitResult {
  // The kit comes back whole, so the cached kit and the kits list update by themselves.
  const [mutate, { loading }] = useMutation(UpdateKitMutation);

  const updateKit = async (input: UpdateKitInput): Promise<Kit> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) {
        throw new Error('updateKit returned no data');
      }

      return data.updateKit;
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { updateKit, isUpdating: loading };
}
