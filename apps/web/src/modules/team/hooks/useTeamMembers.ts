import { useQuery } from '@apollo/client/react';

import type { MembershipFieldsFragment } from '@web/generated/graphql';
import { TeamMembersQuery } from '@web/modules/team/graphql/queries/TeamMembers';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type Member = MembershipFieldsFragment;

export type UseTeamMembersResult = {
  team: { id: string; name: string } | null;
  members: Member[];
  activeMemberCount: number;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** The current team and its members, active first. */
export function useTeamMembers(): UseTeamMembersResult {
  const { data, loading, error, refetch } = useQuery(TeamMembersQuery);
  const members = data?.members ?? [];

  return {
    team: data?.team ?? null,
    members,
    activeMemberCount: members.filter((member) => member.active).length,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
