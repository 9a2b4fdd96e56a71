import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { usePasswordResetPreview } from '@web/modules/account-recovery/hooks/usePasswordResetPreview';
import { useResetPassword } from '@web/modules/account-recovery/hooks/useResetPassword';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';
import { viewerFixture } from '@web/testing/viewerFixtures';

import { ResetPasswordPage } from './ResetPasswordPage';

vi.mock('@web/modules/account-recovery/hooks/usePasswordResetPreview', () => ({
  usePasswordResetPreview: vi.fn(),
}));
vi.mock('@web/modules/account-recovery/hooks/useResetPassword', () => ({
  useResetPassword: vi.fn(),
}));

const TOKEN = 'a-reset-secret-of-forty-three-characters-xx';
const resetPassword = vi.fn();

function preview(purpose: 'RESET' | 'SIGN_IN_LINK') {
  return {
    preview: {
      __typename: 'PasswordResetPreview' as const,
      email: 'frida@acme.test',
      purpose,
      expiresAt: '2031-01-01T10:00:00.000Z',
    },
    isLoading: false,
    error: null,
  };
}

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
      <Route path="/" element={<p>Home page</p>} />
    </Routes>,
    { route: `/reset-password/${TOKEN}` },
  );
}

describe(ResetPasswordPage.name, () => {
  beforeEach(() => {
    resetPassword.mockReset().mockResolvedValue(viewerFixture('COORDINATOR'));
    vi.mocked(useResetPassword).mockReturnValue({
      resetPassword,
      isResetting: false,
    });
  });

  it('should say why a used link cannot be used and offer a new one', () => {
    vi.mocked(usePasswordResetPreview).mockReturnValue({
      preview: null,
      isLoading: false,
      error: new ApiError(
        'BAD_USER_INPUT',
        'This link has already been used; ask for a new one',
        'token',
      ),
    });
    renderPage();

    expect(screen.getByRole('alert').textContent).toContain(
      'This link has already been used; ask for a new one',
    );
    expect(
      screen
        .getByRole('link', { name: 'Ask for a new link' })
        .getAttribute('href'),
    ).toBe('/forgot-password');
    expect(screen.queryByLabelText(/New password/)).toBeNull();
  });

  it('should set the new password for the linked account and go home signed in', async () => {
    vi.mocked(usePasswordResetPreview).mockReturnValue(preview('RESET'));
    const user = userEvent.setup();
    renderPage();

    expect(screen.getByText('frida@acme.test')).toBeTruthy();
    await user.type(screen.getByLabelText(/New password/), 'frida@acme.test');
    await user.click(
      screen.getByRole('button', { name: 'Change password and sign in' }),
    );
    expect(resetPassword).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText(/New password/));
    await user.type(
      screen.getByLabelText(/New password/),
      'a-brand-new-passphrase',
    );
    await user.click(
      screen.getByRole('button', { name: 'Change password and sign in' }),
    );

    expect(resetPassword).toHaveBeenCalledWith({
      token: TOKEN,
      newPassword: 'a-brand-new-passphrase',
    });
    expect(await screen.findByText('Home page')).toBeTruthy();
  });

  it('should word a one-time sign-in link as choosing a first password', () => {
    vi.mocked(usePasswordResetPreview).mockReturnValue(preview('SIGN_IN_LINK'));
    renderPage();

    expect(
      screen.getByRole('heading', { level: 1, name: 'Choose your password' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Set password and sign in' }),
    ).toBeTruthy();
  });
});
