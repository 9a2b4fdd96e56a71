import { useMutation } from '@apollo/client/react';

import type { CreateRubricInput } from '@web/generated/graphql';
import { CreateRubricMutation } from '@web/modules/rubrics/graphql/mutations/CreateRubric';
import { RubricsQuery } from '@web/modules/rubrics/graphql/queries/Rubrics';
import { toApiError } from '@web/modules/shared/utils/apiError';

import type { Rubric } from './useRubrics';

export type UseCreateRubricResult = {
  createRubric: (input: CreateRubricInput) => Promise<Rubric>;
  isCreating: boolean;
};

export function useCreateRubric(): UseCreateRubricResult {
  const [mutate, { loading }] = useMutation(CreateRubricMutation, {
    refetchQueries: [RubricsQuery],
  });

  const createRubric = async (input: CreateRubricInput): Promise<Rubric> => {
    try {
      const { data } = await mutate({ variables: { input } });
      if (!data) {
        throw new Error('createRubric returned no data');
      }

      return data.createRubric;
    } catch (error) {
      throw toApiError(error);
    }
  };

  return { createRubric, isCreating: loading };
}
