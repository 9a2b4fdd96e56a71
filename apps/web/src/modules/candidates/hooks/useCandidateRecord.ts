import { useQuery } from '@apollo/client/react';

import type { CandidateRecordQuery as CandidateRecordResult } from '@web/generated/graphql';
import { CandidateRecordQuery } from '@web/modules/candidates/graphql/queries/CandidateRecord';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

type Record = NonNullable<CandidateRecordResult['candidate']>;
export type CandidateSession = Record['sessions'][number];
export type CandidateDecision = Record['decisions'][number];

export type UseCandidateRecordResult = {
  sessions: CandidateSession[];
  decisions: CandidateDecision[];
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** The candidate's sessions (interviewers: their own panels) and decision history (coordinators). */
export function useCandidateRecord(id: string): UseCandidateRecordResult {
  const { data, loading, error, refetch } = useQuery(CandidateRecordQuery, {
    variables: { id },
    // Sessions booked or scored elsewhere show up when the page is opened again.
    fetchPolicy: 'cache-and-network',
  });

  return {
    sessions: data?.candidate.sessions ?? [],
    decisions: data?.candidate.decisions ?? [],
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
