import { useMutation, useQuery } from '@apollo/client/react';

import type {
  MailStatusQuery as MailStatusResult,
  OutgoingMessageFieldsFragment,
  OutgoingMessageStatus,
} from '@web/generated/graphql';
import { RetryOutgoingMessageMutation } from '@web/modules/mail/graphql/mutations/RetryOutgoingMessage';
import { SendTestEmailMutation } from '@web/modules/mail/graphql/mutations/SendTestEmail';
import { MailStatusQuery } from '@web/modules/mail/graphql/queries/MailStatus';
import { OutgoingMessagesQuery } from '@web/modules/mail/graphql/queries/OutgoingMessages';
import {
  type ConnectionPages,
  useConnectionPages,
} from '@web/modules/shared/hooks/useConnectionPages';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type OutgoingMessage = OutgoingMessageFieldsFragment;
export type MailStatus = MailStatusResult['mailStatus'];

export const OUTBOX_PAGE_SIZE = 25;
const REFRESHED = ['MailStatus', 'OutgoingMessages'];

/** The team's outbox, newest first; `status` narrows it (e.g. to failures). */
export function useOutgoingMessages(
  status: OutgoingMessageStatus | null,
): ConnectionPages<OutgoingMessage> {
  return useConnectionPages(OutgoingMessagesQuery, 'outgoingMessages', {
    variables: { first: OUTBOX_PAGE_SIZE, status },
    // Deliveries happen in the background: ask again whenever the page opens.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}

export function useMailStatus(): {
  mailStatus: MailStatus | null;
  error: ApiError | null;
} {
  const { data, error } = useQuery(MailStatusQuery, {
    fetchPolicy: 'cache-and-network',
  });

  return {
    mailStatus: data?.mailStatus ?? null,
    error: error ? toApiError(error) : null,
  };
}

/** A mutation's data, or its failure as an ApiError. */
async function answered<TData>(
  run: () => Promise<{ data?: TData | null }>,
): Promise<TData> {
  try {
    const { data } = await run();
    if (!data) {
      throw new Error('The server answered no data');
    }

    return data;
  } catch (error) {
    throw toApiError(error);
  }
}

export function useOutboxActions(): {
  retry: (messageId: string) => Promise<OutgoingMessage>;
  sendTestEmail: () => Promise<OutgoingMessage>;
  isSendingTest: boolean;
} {
  const [retryMutation] = useMutation(RetryOutgoingMessageMutation, {
    refetchQueries: REFRESHED,
  });
  const [testMutation, { loading: isSendingTest }] = useMutation(
    SendTestEmailMutation,
    { refetchQueries: REFRESHED },
  );

  const retry = async (messageId: string) =>
    (
      await answered(() =>
        retryMutation({ variables: { input: { messageId } } }),
      )
    ).retryOutgoingMessage;
  const sendTestEmail = async () =>
    (await answered(() => testMutation())).sendTestEmail;

  return { retry, sendTestEmail, isSendingTest };
}
