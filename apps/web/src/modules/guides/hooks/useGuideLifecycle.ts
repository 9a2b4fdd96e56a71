import { useMutation } from '@apollo/client/react';

import { DeleteGuideMutation } from '@web/modules/guides/graphql/mutations/DeleteGuide';
import { RestoreGuideMutation } from '@web/modules/guides/graphql/mutations/RestoreGuide';
import { RetireGuideMutation } from '@web/modules/guides/graphql/mutations/RetireGuide';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseGuideLifecycleResult = {
  retireGuide: (guideId: string) => Promise<void>;
  restoreGuide: (guideId: string) => Promise<void>;
  /** Deletes the guide for good; answers how many questions went and how many stayed. */
  deleteGuide: (
    guideId: string,
  ) => Promise<{ deletedQuestionCount: number; keptQuestionCount: number }>;
  isChanging: boolean;
  isDeleting: boolean;
};

// Retiring, restoring or deleting changes what the bank, lists and kits show.
const REFRESHED = [
  'GuideList',
  'GuideDetail',
  'QuestionBankSearch',
  'QuestionBankFacets',
  'Kit',
  'Kits',
];

/** Retire, restore and delete a guide (coordinators). */
export function useGuideLifecycle(): UseGuideLifecycleResult {
  const [retire, retiring] = useMutation(RetireGuideMutation, {
    refetchQueries: REFRESHED,
  });
  const [restore, restoring] = useMutation(RestoreGuideMutation, {
    refetchQueries: REFRESHED,
  });
  const [remove, removing] = useMutation(DeleteGuideMutation);

  return {
    retireGuide: async (guideId) => {
      try {
        await retire({ variables: { input: { guideId } } });
      } catch (error) {
        throw toApiError(error);
      }
    },
    restoreGuide: async (guideId) => {
      try {
        await restore({ variables: { input: { guideId } } });
      } catch (error) {
        throw toApiError(error);
      }
    },
    deleteGuide: async (guideId) => {
      try {
        const { data } = await remove({
          variables: { input: { guideId } },
          update(cache) {
            cache.evict({
              id: cache.identify({ __typename: 'Guide', id: guideId }),
            });
            cache.gc();
          },
        });
        if (!data) {
          throw new Error('deleteGuide returned no data');
        }

        return data.deleteGuide;
      } catch (error) {
        throw toApiError(error);
      }
    },
    isChanging: retiring.loading || restoring.loading,
    isDeleting: removing.loading,
  };
}
