import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useChangePassword } from '@web/modules/account/hooks/useChangePassword';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { ChangePasswordForm } from './ChangePasswordForm';

vi.mock('@web/modules/account/hooks/useChangePassword', () => ({
  useChangePassword: vi.fn(),
}));

const changePassword = vi.fn();
const EMAIL = 'ana@panelwise.test';

async function fill(current: string, next: string, confirm = next) {
  const user = userEvent.setup();
  if (current) {
    await user.type(screen.getByLabelText(/^Current password/), current);
  }
  if (next) {
    await user.type(screen.getByLabelText(/^New password/), next);
  }
  if (confirm) {
    await user.type(screen.getByLabelText(/^Confirm new password/), confirm);
  }
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe(ChangePasswordForm.name, () => {
  beforeEach(() => {
    changePassword.mockReset().mockResolvedValue(undefined);
    vi.mocked(useChangePassword).mockReturnValue({
      changePassword,
      isChanging: false,
    });
  });

  it('should show the password policy under the new password', () => {
    renderWithProviders(<ChangePasswordForm email={EMAIL} />);

    expect(
      screen.getByText(/12 to 128 characters, not your email/),
    ).toBeTruthy();
  });

  it('should send the current and new password, then confirm and clear the form', async () => {
    renderWithProviders(<ChangePasswordForm email={EMAIL} />);

    await fill('panelwise-demo', 'a-brand-new-passphrase');

    expect(changePassword).toHaveBeenCalledWith({
      currentPassword: 'panelwise-demo',
      newPassword: 'a-brand-new-passphrase',
    });
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Password changed');
    expect(status.textContent).toContain('signed out');
    expect(screen.getByLabelText<HTMLInputElement>(/^New password/).value).toBe(
      '',
    );
  });

  it.each([
    ['too short', 'short-pw', /at least 12 characters/],
    ['the email', EMAIL, /not your email address/],
    ['a common password', 'Password1234', /too common/],
  ])(
    'should refuse a new password that is %s without calling the API',
    async (_case, next, message) => {
      renderWithProviders(<ChangePasswordForm email={EMAIL} />);

      await fill('panelwise-demo', next);

      expect(await screen.findByText(message)).toBeTruthy();
      expect(changePassword).not.toHaveBeenCalled();
    },
  );

  it('should refuse a confirmation that does not match without calling the API', async () => {
    renderWithProviders(<ChangePasswordForm email={EMAIL} />);

    await fill(
      'panelwise-demo',
      'a-brand-new-passphrase',
      'a-brand-new-passphrasf',
    );

    expect(
      await screen.findByText('The two new passwords do not match'),
    ).toBeTruthy();
    expect(changePassword).not.toHaveBeenCalled();
  });

  it('should show the API message under the current password when it is wrong', async () => {
    changePassword.mockRejectedValue(
      new ApiError(
        'BAD_USER_INPUT',
        'The current password is wrong',
        'currentPassword',
      ),
    );
    renderWithProviders(<ChangePasswordForm email={EMAIL} />);

    await fill('not-my-password', 'a-brand-new-passphrase');

    expect(
      await screen.findByText('The current password is wrong'),
    ).toBeTruthy();
    // The message is tied to the field it is about.
    const currentInput = screen.getByLabelText(/^Current password/);
    const describedBy = currentInput.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe(
      'The current password is wrong',
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('should show an error without a field (such as too many attempts) above the form', async () => {
    changePassword.mockRejectedValue(
      new ApiError(
        'INTERNAL_SERVER_ERROR',
        'Too many failed sign-ins. Try again in 60 seconds.',
      ),
    );
    renderWithProviders(<ChangePasswordForm email={EMAIL} />);

    await fill('panelwise-demo', 'a-brand-new-passphrase');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not change the password');
    expect(alert.textContent).toContain('Try again in 60 seconds');
  });
});
