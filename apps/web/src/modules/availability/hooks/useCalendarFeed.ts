import { useMutation } from '@apollo/client/react';

import { RevokeCalendarTokenMutation } from '@web/modules/availability/graphql/mutations/RevokeCalendarToken';
import { RotateCalendarTokenMutation } from '@web/modules/availability/graphql/mutations/RotateCalendarToken';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UseCalendarFeedResult = {
  /** A new private feed URL; any previous URL stops working. */
  rotate: () => Promise<string>;
  revoke: () => Promise<void>;
  isRotating: boolean;
  isRevoking: boolean;
};

export function useCalendarFeed(): UseCalendarFeedResult {
  const [rotateMutation, rotateState] = useMutation(
    RotateCalendarTokenMutation,
  );
  const [revokeMutation, revokeState] = useMutation(
    RevokeCalendarTokenMutation,
  );

  return {
    rotate: async () => {
      try {
        const { data } = await rotateMutation();
        if (!data) {
          throw new Error('rotateCalendarToken returned no data');
        }

        // The API may answer with a path; a calendar app needs an absolute URL.
        return new URL(
          data.rotateCalendarToken,
          window.location.origin,
        ).toString();
      } catch (error) {
        throw toApiError(error);
      }
    },
    revoke: async () => {
      try {
        await revokeMutation();
      } catch (error) {
        throw toApiError(error);
      }
    },
    isRotating: rotateState.loading,
    isRevoking: revokeState.loading,
  };
}
