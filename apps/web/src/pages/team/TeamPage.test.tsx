import {
  MockedProvider,
  type MockedProviderProps,
} from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { theme } from '@web/app/theme';
import { MeQuery } from '@web/modules/auth/graphql/queries/Me';
import { PendingInvitesQuery } from '@web/modules/team/graphql/queries/PendingInvites';
import { TeamMembersQuery } from '@web/modules/team/graphql/queries/TeamMembers';
import { TeamSettingsQuery } from '@web/modules/team/graphql/queries/TeamSettings';
import { viewerFixture } from '@web/testing/viewerFixtures';

import { TeamPage } from './TeamPage';

type MockedProviderMocks = NonNullable<MockedProviderProps['mocks']>;

function renderTeamPage(mocks: MockedProviderMocks) {
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider theme={theme} env="test">
        <MemoryRouter initialEntries={['/team']}>
          <TeamPage />
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe(TeamPage.name, () => {
  it('should explain that only coordinators manage the team when the viewer is an interviewer', async () => {
    renderTeamPage([
      {
        request: { query: MeQuery },
        result: { data: { me: viewerFixture('INTERVIEWER') } },
      },
    ]);

    expect(
      await screen.findByText('Only coordinators can manage the team'),
    ).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Team' }),
    ).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Invite member' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Scoring settings' })).toBeNull();
  });

  it('should list members and pending invites when the viewer is a coordinator', async () => {
    const team = {
      __typename: 'Team' as const,
      id: 'team-1',
      name: 'Demo Hiring Team',
    };
    renderTeamPage([
      {
        request: { query: MeQuery },
        result: { data: { me: viewerFixture('COORDINATOR') } },
      },
      {
        request: { query: TeamMembersQuery },
        result: {
          data: {
            team,
            members: [
              {
                __typename: 'Membership',
                id: 'membership-2',
                role: 'INTERVIEWER',
                active: false,
                joinedAt: '2026-01-05T10:00:00.000Z',
                user: {
                  __typename: 'User',
                  id: 'user-2',
                  name: 'Ben Interviewer',
                  email: 'ben@panelwise.test',
                },
              },
            ],
          },
        },
      },
      {
        request: { query: PendingInvitesQuery },
        result: {
          data: {
            invites: [
              {
                __typename: 'Invite',
                id: 'invite-1',
                email: 'newhire@panelwise.test',
                role: 'COORDINATOR',
                status: 'PENDING',
                invitedByName: 'Cora Coordinator',
                createdAt: '2026-11-25T09:00:00.000Z',
                expiresAt: '2026-12-02T09:00:00.000Z',
              },
            ],
          },
        },
      },
      {
        request: { query: TeamSettingsQuery },
        result: {
          data: {
            team: {
              __typename: 'Team',
              id: 'team-1',
              name: 'Acme',
              timeZone: 'Europe/Paris',
              scorecardReveal: 'SIMULTANEOUS',
              scorecardDueHours: 48,
              reminderAfterHours: 24,
              escalateAfterHours: 72,
              minRescheduleNoticeHours: 24,
              maxReschedules: 2,
              minimumBookingNoticeMinutes: 60,
            },
          },
        },
      },
    ]);

    const members = await screen.findByRole('table', { name: 'Members' });
    expect(members.textContent).toContain('Ben Interviewer');
    expect(members.textContent).toContain('Deactivated');
    const invites = await screen.findByRole('table', {
      name: 'Pending invites',
    });
    expect(invites.textContent).toContain('newhire@panelwise.test');
    expect(invites.textContent).toContain('Coordinator');
    expect(
      screen.getByRole('button', {
        name: 'Revoke invite for newhire@panelwise.test',
      }),
    ).toBeTruthy();
    await screen.findByRole('form', { name: 'Scoring settings' });
    expect(
      screen.getByRole<HTMLInputElement>('radio', { name: 'Simultaneous' })
        .checked,
    ).toBe(true);
  });
});
