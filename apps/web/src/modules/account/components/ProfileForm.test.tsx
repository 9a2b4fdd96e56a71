import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useUpdateProfile } from '@web/modules/account/hooks/useUpdateProfile';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { ProfileForm } from './ProfileForm';

vi.mock('@web/modules/account/hooks/useUpdateProfile', () => ({
  useUpdateProfile: vi.fn(),
}));

const USER = {
  name: 'Ana Interviewer',
  email: 'ana@acme.test',
  timeZone: 'America/New_York',
};
const updateProfile = vi.fn();

describe(ProfileForm.name, () => {
  beforeEach(() => {
    updateProfile.mockReset().mockResolvedValue(undefined);
    vi.mocked(useUpdateProfile).mockReturnValue({
      updateProfile,
      isSaving: false,
    });
  });

  it('should send only the changed name, trimmed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProfileForm user={USER} />);
    const name = screen.getByRole('textbox', { name: /^Name/ });

    await user.clear(name);
    await user.type(name, '  Ana García ');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(updateProfile).toHaveBeenCalledWith({ name: 'Ana García' });
  });

  it('should ask for the current password only when the email changes, and send it with the new email', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProfileForm user={USER} />);
    expect(screen.queryByLabelText(/Current password/)).toBeNull();
    const email = screen.getByRole('textbox', { name: /^Email/ });

    await user.clear(email);
    await user.type(email, 'ana.garcia@acme.test');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(
      screen.getByText('Enter your current password to change your email'),
    ).toBeTruthy();
    expect(updateProfile).not.toHaveBeenCalled();

    await user.type(
      screen.getByLabelText(/Current password/),
      'my-current-password',
    );
    expect(
      screen.queryByText('Enter your current password to change your email'),
    ).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(updateProfile).toHaveBeenCalledWith({
      email: 'ana.garcia@acme.test',
      currentPassword: 'my-current-password',
    });
  });

  it('should show the server’s refusal on its field', async () => {
    updateProfile.mockRejectedValue(
      new ApiError(
        'CONFLICT',
        'Another account already uses this email',
        'email',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<ProfileForm user={USER} />);
    const email = screen.getByRole('textbox', { name: /^Email/ });

    await user.clear(email);
    await user.type(email, 'ben@acme.test');
    await user.type(
      screen.getByLabelText(/Current password/),
      'my-current-password',
    );
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(
      await screen.findByText('Another account already uses this email'),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
