import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import type { BookingPageFieldsFragment } from '@web/generated/graphql';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';
import { BookSlotMutation } from '@web/modules/self-scheduling/graphql/mutations/BookSlot';
import { CancelBookingMutation } from '@web/modules/self-scheduling/graphql/mutations/CancelBooking';
import { RescheduleBookingMutation } from '@web/modules/self-scheduling/graphql/mutations/RescheduleBooking';
import { BookingPageQuery } from '@web/modules/self-scheduling/graphql/queries/BookingPage';

export type BookingPageData = BookingPageFieldsFragment;

export type UseBookingPageResult = {
  page: BookingPageData | null;
  isLoading: boolean;
  /** Why the link cannot be used (unknown, expired, withdrawn). */
  linkError: ApiError | null;
  /** Why the last action failed (time just taken, policy); the page then shows fresh times. */
  actionError: ApiError | null;
  isSaving: boolean;
  book: (startsAt: string, timeZone: string) => Promise<boolean>;
  reschedule: (startsAt: string, timeZone: string) => Promise<boolean>;
  cancel: (reason: string) => Promise<boolean>;
};

/** The candidate's scheduling link: what it offers, and booking, moving or cancelling through it. */
export function useBookingPage(token: string): UseBookingPageResult {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(BookingPageQuery, {
    variables: { token },
    // Times are taken by others at any moment: always ask the server.
    fetchPolicy: 'network-only',
  });
  const [bookSlot, booking] = useMutation(BookSlotMutation);
  const [rescheduleBooking, moving] = useMutation(RescheduleBookingMutation);
  const [cancelBooking, cancelling] = useMutation(CancelBookingMutation);
  const [actionError, setActionError] = useState<ApiError | null>(null);

  /** Runs one action; its answer is the new page. A refusal shows with a fresh list of times. */
  const run = async (
    action: () => Promise<BookingPageData | undefined>,
  ): Promise<boolean> => {
    setActionError(null);
    try {
      const fresh = await action();
      if (fresh) {
        client.writeQuery({
          query: BookingPageQuery,
          variables: { token },
          data: { bookingPage: fresh },
        });
      }

      return true;
    } catch (caught) {
      setActionError(toApiError(caught));
      await refetch().catch(() => undefined);

      return false;
    }
  };

  return {
    page: data?.bookingPage ?? null,
    isLoading: loading && !data,
    linkError: error ? toApiError(error) : null,
    actionError,
    isSaving: booking.loading || moving.loading || cancelling.loading,
    book: (startsAt, timeZone) =>
      run(
        async () =>
          (
            await bookSlot({
              variables: { input: { token, startsAt, timeZone } },
            })
          ).data?.bookSlot,
      ),
    reschedule: (startsAt, timeZone) =>
      run(
        async () =>
          (
            await rescheduleBooking({
              variables: { input: { token, startsAt, timeZone } },
            })
          ).data?.rescheduleBooking,
      ),
    cancel: (reason) =>
      run(
        async () =>
          (await cancelBooking({ variables: { input: { token, reason } } }))
            .data?.cancelBooking,
      ),
  };
}
