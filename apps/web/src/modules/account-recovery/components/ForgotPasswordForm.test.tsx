import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useRequestPasswordReset } from '@web/modules/account-recovery/hooks/useRequestPasswordReset';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { ForgotPasswordForm } from './ForgotPasswordForm';

vi.mock('@web/modules/account-recovery/hooks/useRequestPasswordReset', () => ({
  useRequestPasswordReset: vi.fn(),
}));

const requestPasswordReset = vi.fn();

describe(ForgotPasswordForm.name, () => {
  beforeEach(() => {
    requestPasswordReset.mockReset().mockResolvedValue(undefined);
    vi.mocked(useRequestPasswordReset).mockReturnValue({
      requestPasswordReset,
      isRequesting: false,
    });
  });

  it('should ask for an address before sending', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ForgotPasswordForm />);

    await user.click(
      screen.getByRole('button', { name: 'Email me a reset link' }),
    );

    expect(screen.getByText('Enter your email address')).toBeTruthy();
    expect(requestPasswordReset).not.toHaveBeenCalled();
  });

  it('should answer the same neutral confirmation whatever the address', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ForgotPasswordForm />);

    await user.type(screen.getByLabelText(/Email/), ' nobody@acme.test ');
    await user.click(
      screen.getByRole('button', { name: 'Email me a reset link' }),
    );

    expect(requestPasswordReset).toHaveBeenCalledWith('nobody@acme.test');
    expect((await screen.findByRole('status')).textContent).toContain(
      'If an account exists for nobody@acme.test, we sent it a link',
    );
  });

  it('should show a throttled request as a failure, not as sent', async () => {
    requestPasswordReset.mockRejectedValue(
      new ApiError(
        'RATE_LIMITED',
        'Too many attempts; try again in 15 minutes',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<ForgotPasswordForm />);

    await user.type(screen.getByLabelText(/Email/), 'frida@acme.test');
    await user.click(
      screen.getByRole('button', { name: 'Email me a reset link' }),
    );

    expect(
      await screen.findByText('Too many attempts; try again in 15 minutes'),
    ).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
