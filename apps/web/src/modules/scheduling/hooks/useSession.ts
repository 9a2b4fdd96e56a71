import { useQuery } from '@apollo/client/react';

import type {
  InterviewSessionFieldsFragment,
  SessionEventFieldsFragment,
} from '@web/generated/graphql';
import { SessionDetailQuery } from '@web/modules/scheduling/graphql/queries/SessionDetail';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type SessionEvent = SessionEventFieldsFragment;
export type SessionDetail = InterviewSessionFieldsFragment & {
  history: SessionEvent[];
};

export type UseSessionResult = {
  session: SessionDetail | null;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

export function useSession(id: string | null): UseSessionResult {
  const { data, loading, error, refetch } = useQuery(SessionDetailQuery, {
    variables: { id: id ?? '' },
    skip: !id,
  });

  return {
    session: data?.session ?? null,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
