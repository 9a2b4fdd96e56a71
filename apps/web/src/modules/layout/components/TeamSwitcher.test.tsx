import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useSwitchTeam } from '@web/modules/auth/hooks/useSwitchTeam';
import { useCreateTeam } from '@web/modules/team/hooks/useCreateTeam';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';
import { viewerFixture } from '@web/testing/viewerFixtures';

import { TeamSwitcher } from './TeamSwitcher';

vi.mock('@web/modules/auth/hooks/useSwitchTeam', () => ({
  useSwitchTeam: vi.fn(),
}));
vi.mock('@web/modules/team/hooks/useCreateTeam', () => ({
  useCreateTeam: vi.fn(),
}));

const switchTeam = vi.fn();
const createTeam = vi.fn();

describe(TeamSwitcher.name, () => {
  beforeEach(() => {
    switchTeam.mockReset().mockResolvedValue(undefined);
    vi.mocked(useSwitchTeam).mockReturnValue({
      switchTeam,
      isSwitching: false,
    });
    createTeam.mockReset().mockResolvedValue(undefined);
    vi.mocked(useCreateTeam).mockReturnValue({ createTeam, isCreating: false });
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

  it('should create a team named in the dialog when the instance allows it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TeamSwitcher viewer={viewerFixture('COORDINATOR')} />);

    await user.click(screen.getByRole('button', { name: 'Create a team' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a team' });
    await user.click(
      within(dialog).getByRole('button', { name: 'Create team' }),
    );
    expect(await within(dialog).findByText('Name the team')).toBeTruthy();
    expect(createTeam).not.toHaveBeenCalled();

    await user.type(
      within(dialog).getByLabelText(/Team name/),
      '  Platform Hiring ',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Create team' }),
    );

    expect(createTeam).toHaveBeenCalledWith('Platform Hiring');
  });

  it('should show the refusal when the server does not allow a new team', async () => {
    createTeam.mockRejectedValue(
      new ApiError(
        'FORBIDDEN',
        'Only coordinators may create teams on this instance',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<TeamSwitcher viewer={viewerFixture('COORDINATOR')} />);

    await user.click(screen.getByRole('button', { name: 'Create a team' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a team' });
    await user.type(
      within(dialog).getByLabelText(/Team name/),
      'Platform Hiring',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Create team' }),
    );

    expect(
      await within(dialog).findByText(
        'Only coordinators may create teams on this instance',
      ),
    ).toBeTruthy();
  });

  it('should offer no new team to a viewer the instance does not let create one', () => {
    renderWithProviders(
      <TeamSwitcher
        viewer={{ ...viewerFixture('INTERVIEWER'), canCreateTeam: false }}
      />,
    );

    expect(screen.queryByRole('button', { name: 'Create a team' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Current team' })).toBeTruthy();
  });
});
