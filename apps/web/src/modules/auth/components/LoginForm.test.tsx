import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useSignIn } from '@web/modules/auth/hooks/useSignIn';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { LoginForm } from './LoginForm';

vi.mock('@web/modules/auth/hooks/useSignIn', () => ({ useSignIn: vi.fn() }));

const signIn = vi.fn();

async function submit(email: string, password: string) {
  const user = userEvent.setup();
  if (email) {
    await user.type(screen.getByLabelText(/^Email/), email);
  }
  if (password) {
    await user.type(screen.getByLabelText(/^Password/), password);
  }
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe(LoginForm.name, () => {
  beforeEach(() => {
    signIn.mockReset();
    vi.mocked(useSignIn).mockReturnValue({ signIn, isSigningIn: false });
  });

  it('should show the API message when the credentials are wrong', async () => {
    // Arrange
    signIn.mockRejectedValue(
      new ApiError('UNAUTHENTICATED', 'Wrong email or password'),
    );
    const onSignedIn = vi.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);

    // Act
    await submit('cora@panelwise.test', 'nope');

    // Assert
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Sign-in failed');
    expect(alert.textContent).toContain('Wrong email or password');
    expect(signIn).toHaveBeenCalledWith({
      email: 'cora@panelwise.test',
      password: 'nope',
    });
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('should show a field error under the email input when the API names the email field', async () => {
    signIn.mockRejectedValue(
      new ApiError(
        'BAD_USER_INPUT',
        'Enter an email address, like name@example.com.',
        'email',
      ),
    );
    renderWithProviders(<LoginForm onSignedIn={vi.fn()} />);

    await submit('not-an-email', 'secret');

    const email = screen.getByLabelText(/^Email/);
    await vi.waitFor(() =>
      expect(email.getAttribute('aria-invalid')).toBe('true'),
    );
    expect(
      screen.getByText('Enter an email address, like name@example.com.'),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();

    // Fixing the field takes its error away; the password keeps none to lose.
    await userEvent.setup().type(email, 'x');
    expect(email.getAttribute('aria-invalid')).not.toBe('true');
    expect(
      screen.queryByText('Enter an email address, like name@example.com.'),
    ).toBeNull();
  });

  it('should ask for both fields without calling the API when they are empty', async () => {
    renderWithProviders(<LoginForm onSignedIn={vi.fn()} />);

    await submit('', '');

    expect(screen.getByText('Enter your email address')).toBeTruthy();
    expect(screen.getByText('Enter your password')).toBeTruthy();
    expect(signIn).not.toHaveBeenCalled();
  });

  it('should call onSignedIn when the API accepts the credentials', async () => {
    signIn.mockResolvedValue({});
    const onSignedIn = vi.fn();
    renderWithProviders(<LoginForm onSignedIn={onSignedIn} />);

    await submit('cora@panelwise.test', 'panelwise-demo');

    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
  });
});
