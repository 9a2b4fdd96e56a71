import { useMutation } from '@apollo/client/react';

import type { UpdateRubricInput } from '@web/generated/graphql';
import { UpdateRubricMutation } from '@web/modules/rubrics/graphql/mutations/UpdateRubric';
import { toApiError } from '@web/modules/shared/utils/apiError';

import type { Rubric } from './useRubrics';

export type UseUpdateRubricResult = {
  /** Rejects with an ApiError; code CONFLICT when someone saved since expectedVersion. */
  updateRubric: (input: UpdateRubricInput) => Promise<Rubric>;
  isUpdating: boolean;
};

export function useUpdateRubric(): UseUpdateRubricResult {
  const [mutate, { loading }] = useMutation(UpdateRubricMutation);

  const updateRubric = async (input: UpdateRubricInput): Promise<Rubric> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) {
        throw new Error('updateRubric returned no data');
      }

      return data.updateRubric;
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { updateRubric, isUpdating: loading };
}
