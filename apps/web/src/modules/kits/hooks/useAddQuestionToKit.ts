import { useMutation, useQuery } from '@apollo/client/react';

import type { AddQuestionToKitInput } from '@web/generated/graphql';
import { AddQuestionToKitMutation } from '@web/modules/kits/graphql/mutations/AddQuestionToKit';
import { KitChoicesQuery } from '@web/modules/kits/graphql/queries/KitChoices';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type KitChoice = {
  id: string;
  name: string;
  targetRole: string;
  itemCount: number;
  hasQuestion: boolean;
};

export type UseAddQuestionToKitResult = {
  kits: KitChoice[];
  isLoading: boolean;
  error: ApiError | null;
  /** Rejects with an ApiError (the field it names is kitId, questionId or plannedMinutes). */
  addToKit: (input: AddQuestionToKitInput) => Promise<void>;
  isAdding: boolean;
};

/** The team's kits as choices for one question, and the mutation that appends it to one. */
export function useAddQuestionToKit(
  questionId: string,
  skip: boolean,
): UseAddQuestionToKitResult {
  const { data, loading, error } = useQuery(KitChoicesQuery, { skip });
  // The kit comes back whole, so the cached kit (and these choices) update by themselves.
  const [mutate, { loading: isAdding }] = useMutation(AddQuestionToKitMutation);

  const addToKit = async (input: AddQuestionToKitInput): Promise<void> => {
    try {
      await mutate({ variables: { input } });
    } catch (addError) {
      throw toApiError(addError);
    }
  };

  return {
    kits: (data?.kits ?? []).map((kit) => ({
      id: kit.id,
      name: kit.name,
      targetRole: kit.targetRole,
      itemCount: kit.items.length,
      hasQuestion: kit.items.some((item) => item.question.id === questionId),
    })),
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    addToKit,
    isAdding,
  };
}
