import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useSwitchTeam } from '@web/modules/auth/hooks/useSwitchTeam';
import { renderWithProviders } from '@web/testing/renderWithProviders';
import { viewerFixture } from '@web/testing/viewerFixtures';

import { TeamSwitcher } from './TeamSwitcher';

vi.mock('@web/modules/auth/hooks/useSwitchTeam', () => ({
  useSwitchTeam: vi.fn(),
}));

const switchTeam = vi.fn();

describe(TeamSwitcher.name, () => {
  beforeEach(() => {
    switchTeam.mockReset().mockResolvedValue(undefined);
    vi.mocked(useSwitchTeam).mockReturnValue({
      switchTeam,
      isSwitching: false,
    });
  });

  it('should switch to the team picked from the memberships', async () => {
    const viewer = viewerFixture('COORDINATOR');
    const otherTeam = {
      __typename: 'Team' as const,
      id: 'team-2',
      name: 'Platform Hiring',
    };
    viewer.memberships.push({
      __typename: 'Membership',
      id: 'membership-9',
      role: 'INTERVIEWER',
      team: otherTeam,
    });
    const user = userEvent.setup();
    renderWithProviders(<TeamSwitcher viewer={viewer} />);

    await user.click(screen.getByRole('combobox', { name: 'Current team' }));
    await user.click(
      await screen.findByRole('option', { name: 'Platform Hiring' }),
    );

    expect(switchTeam).toHaveBeenCalledWith('team-2');
  });

  it('should not call the API when the current team is picked again', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TeamSwitcher viewer={viewerFixture('COORDINATOR')} />);

    await user.click(screen.getByRole('combobox', { name: 'Current team' }));
    await user.click(
      await screen.findByRole('option', { name: 'Demo Hiring Team' }),
    );

    expect(switchTeam).not.toHaveBeenCalled();
  });
});
