import { useApolloClient, useMutation } from '@apollo/client/react';

import type {
  CreateQuestionInput,
  QuestionEditableFieldsFragment,
  UpdateQuestionInput,
} from '@web/generated/graphql';
import { CreateQuestionMutation } from '@web/modules/questions/graphql/mutations/CreateQuestion';
import { UpdateQuestionMutation } from '@web/modules/questions/graphql/mutations/UpdateQuestion';
import { QuestionDetailQuery } from '@web/modules/questions/graphql/queries/QuestionDetail';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type EditableQuestionDetail = QuestionEditableFieldsFragment;

export type UseSaveQuestionResult = {
  /** Rejects with an ApiError (BAD_USER_INPUT with field; CONFLICT when someone saved since). */
  createQuestion: (
    input: CreateQuestionInput,
  ) => Promise<EditableQuestionDetail>;
  updateQuestion: (
    input: UpdateQuestionInput,
  ) => Promise<EditableQuestionDetail>;
  /** The question as stored now, bypassing the cache (after a CONFLICT). */
  fetchLatest: (id: string) => Promise<EditableQuestionDetail>;
  isSaving: boolean;
};

// Lists and counts that a new question or a changed kind or text moves.
const AFFECTED = ['QuestionBankSearch', 'QuestionBankFacets', 'GuideDetail'];

/** Adds a question to a guide, or edits one as a new revision. */
export function useSaveQuestion(): UseSaveQuestionResult {
  const client = useApolloClient();
  const [create, created] = useMutation(CreateQuestionMutation, {
    refetchQueries: AFFECTED,
  });
  const [update, updated] = useMutation(UpdateQuestionMutation, {
    refetchQueries: AFFECTED,
  });

  return {
    createQuestion: async (input) => {
      try {
        const { data } = await create({ variables: { input } });
        if (!data) {
          throw new Error('createQuestion returned no data');
        }

        return data.createQuestion;
      } catch (error) {
        throw toApiError(error);
      }
    },
    updateQuestion: async (input) => {
      try {
        const { data } = await update({ variables: { input } });
        if (!data) {
          throw new Error('updateQuestion returned no data');
        }

        return data.updateQuestion;
      } catch (error) {
        throw toApiError(error);
      }
    },
    fetchLatest: async (id) => {
      try {
        const { data } = await client.query({
          query: QuestionDetailQuery,
          variables: { id },
          fetchPolicy: 'network-only',
        });
        if (!data) {
          throw new Error('question returned no data');
        }

        return data.question;
      } catch (error) {
        throw toApiError(error);
      }
    },
    isSaving: created.loading || updated.loading,
  };
}
