import { useMutation, useQuery } from '@apollo/client/react';

import type {
  CreateSchedulingRequestInput,
  SchedulingRequestFieldsFragment,
} from '@web/generated/graphql';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';
import { CreateSchedulingRequestMutation } from '@web/modules/self-scheduling/graphql/mutations/CreateSchedulingRequest';
import { ResendSchedulingRequestMutation } from '@web/modules/self-scheduling/graphql/mutations/ResendSchedulingRequest';
import { RevokeSchedulingRequestMutation } from '@web/modules/self-scheduling/graphql/mutations/RevokeSchedulingRequest';
import { SchedulingRequestsQuery } from '@web/modules/self-scheduling/graphql/queries/SchedulingRequests';

export type SchedulingRequest = SchedulingRequestFieldsFragment;

/** Outcome of an action: the request as it now is (with its link, once), or why it failed. */
export type RequestActionResult =
  { request: SchedulingRequest } | { error: ApiError };

export type UseSchedulingRequestsResult = {
  requests: SchedulingRequest[];
  isLoading: boolean;
  error: ApiError | null;
  create: (input: CreateSchedulingRequestInput) => Promise<RequestActionResult>;
  resend: (requestId: string) => Promise<RequestActionResult>;
  revoke: (requestId: string) => Promise<RequestActionResult>;
};

async function answered(
  action: () => Promise<SchedulingRequest | undefined>,
): Promise<RequestActionResult> {
  try {
    const request = await action();

    return request
      ? { request }
      : { error: toApiError(new Error('The server sent no answer')) };
  } catch (error) {
    return { error: toApiError(error) };
  }
}

/** A candidate's scheduling links, and sending, resending and revoking them. */
export function useSchedulingRequests(
  candidateId: string,
): UseSchedulingRequestsResult {
  const { data, loading, error, refetch } = useQuery(SchedulingRequestsQuery, {
    variables: { candidateId },
  });
  const [createRequest] = useMutation(CreateSchedulingRequestMutation);
  const [resendRequest] = useMutation(ResendSchedulingRequestMutation);
  const [revokeRequest] = useMutation(RevokeSchedulingRequestMutation);
  const refresh = () => void refetch().catch(() => undefined);

  return {
    requests: data?.schedulingRequests ?? [],
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    create: (input) =>
      answered(async () => {
        const result = await createRequest({ variables: { input } });
        refresh();

        return result.data?.createSchedulingRequest;
      }),
    resend: (requestId) =>
      answered(
        async () =>
          (await resendRequest({ variables: { input: { requestId } } })).data
            ?.resendSchedulingRequest,
      ),
    revoke: (requestId) =>
      answered(
        async () =>
          (await revokeRequest({ variables: { input: { requestId } } })).data
            ?.revokeSchedulingRequest,
      ),
  };
}
