import { useMutation } from '@apollo/client/react';

import type { CreateKitInput } from '@web/generated/graphql';
import { CreateKitMutation } from '@web/modules/kits/graphql/mutations/CreateKit';
import { KitsQuery } from '@web/modules/kits/graphql/queries/Kits';
import { toApiError } from '@web/modules/shared/utils/apiError';

import type { Kit } from './useKit';

export type UseCreateKitResult = {
  createKit: (input: CreateKitInput) => Promise<Kit>;
  isCreating: boolean;
};

export function useCreateKit(): UseCreateKitResult {
  const [mutate, { loading }] = useMutation(CreateKitMutation, {
    refetchQueries: [KitsQuery],
  });

  const createKit = async (input: CreateKitInput): Promise<Kit> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) {
        throw new Error('createKit returned no data');
      }

      return data.createKit;
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { createKit, isCreating: loading };
}
