import { useQuery } from '@apollo/client/react';

import type { QuestionDetailQuery as QuestionDetailResult } from '@web/generated/graphql';
import { QuestionDetailQuery } from '@web/modules/questions/graphql/queries/QuestionDetail';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type QuestionDetail = QuestionDetailResult['question'];

export type UseQuestionResult = {
  question: QuestionDetail | null;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** One question with its model answer and follow-up points. */
export function useQuestion(id: string): UseQuestionResult {
  const { data, loading, error, refetch } = useQuery(QuestionDetailQuery, {
    variables: { id },
  });

  return {
    question: data?.question ?? null,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
