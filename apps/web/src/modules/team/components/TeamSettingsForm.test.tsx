import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { ApiError } from '@web/modules/shared/utils/apiError';
import type { TeamSettings } from '@web/modules/team/hooks/useTeamSettings';
import { useUpdateTeamSettings } from '@web/modules/team/hooks/useUpdateTeamSettings';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { TeamSettingsForm } from './TeamSettingsForm';

vi.mock('@web/modules/team/hooks/useUpdateTeamSettings', () => ({
  useUpdateTeamSettings: vi.fn(),
}));

const updateTeamSettings = vi.fn();

const SETTINGS: TeamSettings = {
  id: 'team-1',
  name: 'Platform hiring',
  timeZone: 'Europe/Paris',
  scorecardReveal: 'AFTER_OWN_SUBMISSION',
  scorecardDueHours: 48,
  reminderAfterHours: 24,
  escalateAfterHours: 72,
  minRescheduleNoticeHours: 24,
  maxReschedules: 2,
  minimumBookingNoticeMinutes: 60,
};

describe(TeamSettingsForm.name, () => {
  beforeEach(() => {
    updateTeamSettings.mockReset().mockResolvedValue(undefined);
    vi.mocked(useUpdateTeamSettings).mockReturnValue({
      updateTeamSettings,
      isSaving: false,
    });
  });

  it('should show the saved settings with each reveal mode explained', () => {
    renderWithProviders(<TeamSettingsForm settings={SETTINGS} />);

    expect(
      screen.getByRole<HTMLInputElement>('radio', {
        name: 'After your own submission',
      }).checked,
    ).toBe(true);
    expect(
      screen.getByText(
        /Nobody on the panel sees any scorecard until the whole panel has submitted/,
      ),
    ).toBeTruthy();
    expect(
      screen.getByLabelText<HTMLInputElement>(/^Scorecards due after/).value,
    ).toBe('48');
    expect(
      screen.getByLabelText<HTMLInputElement>(/^Reschedules per session/).value,
    ).toBe('2');
  });

  it('should save only the settings that changed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TeamSettingsForm settings={SETTINGS} />);

    await user.click(screen.getByRole('radio', { name: 'Simultaneous' }));
    const dueHours = screen.getByLabelText(/^Scorecards due after/);
    await user.clear(dueHours);
    await user.type(dueHours, '24');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(updateTeamSettings).toHaveBeenCalledWith({
      scorecardReveal: 'SIMULTANEOUS',
      scorecardDueHours: 24,
    });
  });

  it('should rename the team, and refuse a blank name before asking the server', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TeamSettingsForm settings={SETTINGS} />);
    const name = screen.getByRole('textbox', { name: /^Team name/ });

    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByText('Give the team a name')).toBeTruthy();
    expect(updateTeamSettings).not.toHaveBeenCalled();

    await user.type(name, 'Data hiring');
    expect(screen.queryByText('Give the team a name')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(updateTeamSettings).toHaveBeenCalledWith({ name: 'Data hiring' });
  });

  it('should save the reminder and escalation delays when they change', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TeamSettingsForm settings={SETTINGS} />);

    expect(
      screen.getByLabelText<HTMLInputElement>(/^Remind panelists after/).value,
    ).toBe('24');
    const escalate = screen.getByLabelText(/^Alert coordinators after/);
    await user.clear(escalate);
    await user.type(escalate, '96');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(updateTeamSettings).toHaveBeenCalledWith({ escalateAfterHours: 96 });
  });

  it('should save the minimum notice for new bookings, zero included', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TeamSettingsForm settings={SETTINGS} />);

    const notice = screen.getByLabelText<HTMLInputElement>(
      /^Minimum notice for new bookings/,
    );
    expect(notice.value).toBe('60');
    await user.clear(notice);
    await user.type(notice, '0');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(updateTeamSettings).toHaveBeenCalledWith({
      minimumBookingNoticeMinutes: 0,
    });
  });

  it('should not save when a number is missing or out of range', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TeamSettingsForm settings={SETTINGS} />);

    await user.clear(screen.getByLabelText(/^Scorecards due after/));
    const maxReschedules = screen.getByLabelText(/^Reschedules per session/);
    await user.clear(maxReschedules);
    await user.type(maxReschedules, '500');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(screen.getByText('Enter a whole number')).toBeTruthy();
    expect(screen.getByText('Enter a number from 0 to 100')).toBeTruthy();
    expect(updateTeamSettings).not.toHaveBeenCalled();
  });

  it('should show the API’s message in an alert when the save is refused', async () => {
    updateTeamSettings.mockRejectedValue(
      new ApiError('FORBIDDEN', 'This needs the COORDINATOR role'),
    );
    const user = userEvent.setup();
    renderWithProviders(<TeamSettingsForm settings={SETTINGS} />);

    await user.click(screen.getByRole('radio', { name: 'Simultaneous' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'This needs the COORDINATOR role',
    );
  });
});
