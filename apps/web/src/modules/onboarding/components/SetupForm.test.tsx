import { screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useCompleteSetup } from '@web/modules/onboarding/hooks/useCompleteSetup';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';
import { viewerFixture } from '@web/testing/viewerFixtures';

import { SetupForm } from './SetupForm';

vi.mock('@web/modules/onboarding/hooks/useCompleteSetup', () => ({
  useCompleteSetup: vi.fn(),
}));

const completeSetup = vi.fn();
const onCompleted = vi.fn();
const onAlreadySetUp = vi.fn();

async function fillIn(user: UserEvent, token = 'Xk3-token-from-the-log') {
  await user.type(screen.getByLabelText(/Setup token/), token);
  await user.type(screen.getByLabelText(/Team name/), ' Acme Hiring ');
  await user.type(screen.getByLabelText(/Your name/), 'Frida Founder');
  await user.type(screen.getByLabelText(/^Email/), 'frida@acme.test');
  await user.type(
    screen.getByLabelText(/Choose a password/),
    'a-founders-long-passphrase',
  );
}

const submit = (user: UserEvent) =>
  user.click(screen.getByRole('button', { name: 'Create team and sign in' }));

describe(SetupForm.name, () => {
  beforeEach(() => {
    completeSetup.mockReset().mockResolvedValue(viewerFixture('COORDINATOR'));
    onCompleted.mockReset();
    onAlreadySetUp.mockReset();
    vi.mocked(useCompleteSetup).mockReturnValue({
      completeSetup,
      isCompleting: false,
    });
  });

  it('should name every missing field and send nothing', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <SetupForm onCompleted={onCompleted} onAlreadySetUp={onAlreadySetUp} />,
    );

    await submit(user);

    expect(
      screen.getByText('Enter the setup token from the server log'),
    ).toBeTruthy();
    expect(screen.getByText('Name your team')).toBeTruthy();
    expect(screen.getByText('Enter your name')).toBeTruthy();
    expect(screen.getByText('Enter your email address')).toBeTruthy();
    expect(completeSetup).not.toHaveBeenCalled();
  });

  it('should refuse a password under the policy before asking the server', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <SetupForm onCompleted={onCompleted} onAlreadySetUp={onAlreadySetUp} />,
    );
    await fillIn(user);
    await user.clear(screen.getByLabelText(/Choose a password/));
    await user.type(screen.getByLabelText(/Choose a password/), 'short');

    await submit(user);

    expect(screen.getByText('Use at least 12 characters')).toBeTruthy();
    expect(completeSetup).not.toHaveBeenCalled();
  });

  it('should send the trimmed form with the browser zone and report success', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <SetupForm onCompleted={onCompleted} onAlreadySetUp={onAlreadySetUp} />,
    );
    await fillIn(user);

    await submit(user);

    expect(completeSetup).toHaveBeenCalledWith({
      setupToken: 'Xk3-token-from-the-log',
      teamName: 'Acme Hiring',
      name: 'Frida Founder',
      email: 'frida@acme.test',
      password: 'a-founders-long-passphrase',
      timeZone: 'UTC',
    });
    expect(onCompleted).toHaveBeenCalledTimes(1);
  });

  it('should show a wrong token at the token field', async () => {
    completeSetup.mockRejectedValue(
      new ApiError(
        'FORBIDDEN',
        'That is not the setup token from the server log',
        'setupToken',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(
      <SetupForm onCompleted={onCompleted} onAlreadySetUp={onAlreadySetUp} />,
    );
    await fillIn(user, 'guessed');

    await submit(user);

    expect(
      await screen.findByText(
        'That is not the setup token from the server log',
      ),
    ).toBeTruthy();
    expect(screen.getByLabelText(/Setup token/)).toHaveProperty(
      'ariaInvalid',
      'true',
    );
    expect(onCompleted).not.toHaveBeenCalled();
  });

  it('should leave for sign-in when someone else finished setup first', async () => {
    completeSetup.mockRejectedValue(
      new ApiError('CONFLICT', 'Panelwise is already set up: sign in instead'),
    );
    const user = userEvent.setup();
    renderWithProviders(
      <SetupForm onCompleted={onCompleted} onAlreadySetUp={onAlreadySetUp} />,
    );
    await fillIn(user);

    await submit(user);

    expect(onAlreadySetUp).toHaveBeenCalledTimes(1);
    expect(onCompleted).not.toHaveBeenCalled();
  });
});
