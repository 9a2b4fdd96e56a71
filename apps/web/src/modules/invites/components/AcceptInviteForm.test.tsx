import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useAcceptInvite } from '@web/modules/invites/hooks/useAcceptInvite';
import type { InvitePreview } from '@web/modules/invites/hooks/useInvitePreview';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { AcceptInviteForm } from './AcceptInviteForm';

vi.mock('@web/modules/invites/hooks/useAcceptInvite', () => ({
  useAcceptInvite: vi.fn(),
}));

const acceptInvite = vi.fn();
const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';

function preview(hasAccount: boolean): InvitePreview {
  return {
    teamName: 'Demo Hiring Team',
    email: 'newhire@panelwise.test',
    role: 'INTERVIEWER',
    hasAccount,
  };
}

describe(AcceptInviteForm.name, () => {
  beforeEach(() => {
    acceptInvite.mockReset().mockResolvedValue({});
    vi.mocked(useAcceptInvite).mockReturnValue({
      acceptInvite,
      isAccepting: false,
    });
  });

  it('should create the account with name, password and time zone when the email has no account', async () => {
    const onAccepted = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(
      <AcceptInviteForm
        token={TOKEN}
        preview={preview(false)}
        onAccepted={onAccepted}
      />,
    );

    await user.type(screen.getByLabelText(/^Your name/), 'Nina Newhire');
    await user.type(
      screen.getByLabelText(/^Choose a password/),
      'long-enough-pw',
    );
    await user.click(
      screen.getByRole('button', { name: 'Create account and join' }),
    );

    expect(acceptInvite).toHaveBeenCalledWith({
      token: TOKEN,
      name: 'Nina Newhire',
      password: 'long-enough-pw',
      timeZone: 'UTC',
    });
    expect(onAccepted).toHaveBeenCalledTimes(1);
  });

  it('should refuse a password shorter than 12 characters without calling the API', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <AcceptInviteForm
        token={TOKEN}
        preview={preview(false)}
        onAccepted={vi.fn()}
      />,
    );

    await user.type(screen.getByLabelText(/^Your name/), 'Nina');
    await user.type(screen.getByLabelText(/^Choose a password/), 'short');
    await user.click(
      screen.getByRole('button', { name: 'Create account and join' }),
    );

    expect(screen.getByText('Use at least 12 characters')).toBeTruthy();
    expect(acceptInvite).not.toHaveBeenCalled();
  });

  it('should refuse the invited email as the password without calling the API', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <AcceptInviteForm
        token={TOKEN}
        preview={preview(false)}
        onAccepted={vi.fn()}
      />,
    );

    await user.type(screen.getByLabelText(/^Your name/), 'Nina');
    await user.type(
      screen.getByLabelText(/^Choose a password/),
      'newhire@panelwise.test',
    );
    await user.click(
      screen.getByRole('button', { name: 'Create account and join' }),
    );

    expect(
      screen.getByText('Choose a password that is not your email address'),
    ).toBeTruthy();
    expect(acceptInvite).not.toHaveBeenCalled();
  });

  it('should ask only for the password and show a wrong one when the email has an account', async () => {
    acceptInvite.mockRejectedValue(
      new ApiError(
        'UNAUTHENTICATED',
        'Wrong password for the existing account',
        'password',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(
      <AcceptInviteForm
        token={TOKEN}
        preview={preview(true)}
        onAccepted={vi.fn()}
      />,
    );

    expect(screen.queryByLabelText(/^Your name/)).toBeNull();
    expect(screen.queryByLabelText(/^Time zone/)).toBeNull();
    await user.type(screen.getByLabelText(/^Password/), 'not-my-password');
    await user.click(screen.getByRole('button', { name: 'Join team' }));

    expect(
      await screen.findByText('Wrong password for the existing account'),
    ).toBeTruthy();
    expect(acceptInvite).toHaveBeenCalledWith({
      token: TOKEN,
      password: 'not-my-password',
    });
  });
});
