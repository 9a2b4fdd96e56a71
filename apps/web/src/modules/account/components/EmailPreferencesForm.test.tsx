import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useUpdateEmailPreferences } from '@web/modules/account/hooks/useUpdateEmailPreferences';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { EmailPreferencesForm } from './EmailPreferencesForm';

vi.mock('@web/modules/account/hooks/useUpdateEmailPreferences', () => ({
  useUpdateEmailPreferences: vi.fn(),
}));

const updateEmailPreferences = vi.fn();

describe(EmailPreferencesForm.name, () => {
  beforeEach(() => {
    updateEmailPreferences.mockReset().mockResolvedValue(undefined);
    vi.mocked(useUpdateEmailPreferences).mockReturnValue({
      updateEmailPreferences,
      isSaving: false,
    });
  });

  it('should save one switch with the other kept as it was', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <EmailPreferencesForm
        preferences={{ sessionUpdates: true, scorecardUpdates: false }}
      />,
    );

    await user.click(
      screen.getByRole('switch', { name: /Session invitations and changes/ }),
    );

    expect(updateEmailPreferences).toHaveBeenCalledWith({
      sessionUpdates: false,
      scorecardUpdates: false,
    });
    expect(
      screen.getByText(/reminders of scorecards you owe are\s+always sent/),
    ).toBeTruthy();
  });

  it('should show why a save failed', async () => {
    updateEmailPreferences.mockRejectedValue(
      new ApiError(
        'NETWORK_ERROR',
        'The server answered with HTTP 502. Try again.',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(
      <EmailPreferencesForm
        preferences={{ sessionUpdates: true, scorecardUpdates: true }}
      />,
    );

    await user.click(screen.getByRole('switch', { name: /Scorecard updates/ }));

    expect(
      await screen.findByText('The server answered with HTTP 502. Try again.'),
    ).toBeTruthy();
  });
});
