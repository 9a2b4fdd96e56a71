import { useQuery } from '@apollo/client/react';

import { SchedulingCandidatesQuery } from '@web/modules/scheduling/graphql/queries/SchedulingCandidates';
import { SchedulingKitsQuery } from '@web/modules/scheduling/graphql/queries/SchedulingKits';
import { SchedulingMembersQuery } from '@web/modules/scheduling/graphql/queries/SchedulingMembers';
import { useConnectionSearch } from '@web/modules/shared/hooks/useConnectionSearch';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';
import { searchTerm } from '@web/modules/shared/utils/searchTerm';

export type PanelMember = {
  id: string;
  name: string;
  email: string;
  timeZone: string;
};
export type KitOption = {
  id: string;
  name: string;
  targetRole: string;
  totalMinutes: number;
};
export type CandidateOption = {
  id: string;
  name: string;
  email: string | null;
  targetRole: string | null;
};

/** Active members who can sit on a panel, and the team's kits. */
export function useSchedulingOptions(): {
  members: PanelMember[];
  kits: KitOption[];
  isLoading: boolean;
  error: ApiError | null;
} {
  const members = useQuery(SchedulingMembersQuery);
  const kits = useQuery(SchedulingKitsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const error = members.error ?? kits.error;

  return {
    members: (members.data?.members ?? [])
      .filter((membership) => membership.active)
      .map(({ user }) => ({ ...user })),
    kits: (kits.data?.kits ?? []).map(
      ({ id, name, targetRole, totalMinutes }) => ({
        id,
        name,
        targetRole,
        totalMinutes,
      }),
    ),
    isLoading:
      (members.loading && !members.data) || (kits.loading && !kits.data),
    error: error ? toApiError(error) : null,
  };
}

/** Candidates matching a search (name, email or target role), first 20. */
export function useCandidateSearch(search: string): {
  candidates: CandidateOption[];
  isSearching: boolean;
} {
  const { nodes, isFetching } = useConnectionSearch(
    SchedulingCandidatesQuery,
    'candidates',
    {
      variables: { search: searchTerm(search) },
      fetchPolicy: 'cache-and-network',
    },
  );

  return {
    candidates: nodes.map((node) => ({ ...node })),
    isSearching: isFetching,
  };
}
