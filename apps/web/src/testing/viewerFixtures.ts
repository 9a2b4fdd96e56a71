import type { TeamRole } from '@web/generated/graphql';

/** A `me` payload as the API returns it, with Apollo's __typename fields. */
export function viewerFixture(role: TeamRole) {
  const team = {
    __typename: 'Team' as const,
    id: 'team-1',
    name: 'Demo Hiring Team',
  };

  return {
    __typename: 'Viewer' as const,
    user: {
      __typename: 'User' as const,
      id: 'user-1',
      name: role === 'COORDINATOR' ? 'Cora Coordinator' : 'Ana Interviewer',
      email:
        role === 'COORDINATOR'
          ? 'coordinator@panelwise.test'
          : 'ana@panelwise.test',
      timeZone: 'UTC',
    },
    currentTeam: team,
    role,
    canCreateTeam: role === 'COORDINATOR',
    emailPreferences: {
      __typename: 'EmailPreferences' as const,
      sessionUpdates: true,
      scorecardUpdates: true,
    },
    memberships: [
      { __typename: 'Membership' as const, id: 'membership-1', role, team },
    ],
  };
}
