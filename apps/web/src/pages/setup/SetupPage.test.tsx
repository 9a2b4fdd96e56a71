import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { useNeedsSetup } from '@web/modules/onboarding/hooks/useNeedsSetup';
import { LoginPage } from '@web/pages/login/LoginPage';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { SetupPage } from './SetupPage';

vi.mock('@web/modules/auth/hooks/useViewer', () => ({ useViewer: vi.fn() }));
vi.mock('@web/modules/onboarding/hooks/useNeedsSetup', () => ({
  useNeedsSetup: vi.fn(),
}));
vi.mock('@web/modules/onboarding/components/SetupForm', () => ({
  SetupForm: () => <form aria-label="Set up Panelwise" />,
}));
vi.mock('@web/modules/auth/components/LoginForm', () => ({
  LoginForm: () => <form aria-label="Sign in" />,
}));

function renderAt(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/setup" element={<SetupPage />} />
    </Routes>,
    { route },
  );
}

describe('first-run routing', () => {
  beforeEach(() => {
    vi.mocked(useViewer).mockReturnValue({
      viewer: null,
      isLoading: false,
      isUnauthenticated: true,
      error: null,
      retry: vi.fn(),
    });
  });

  it('should send the sign-in page to setup while no account exists', async () => {
    vi.mocked(useNeedsSetup).mockReturnValue(true);
    renderAt('/login');

    expect(
      await screen.findByRole('form', { name: 'Set up Panelwise' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'Set up Panelwise' }),
    ).toBeTruthy();
  });

  it('should send setup to sign-in once an account exists, with a way back from a forgotten password', async () => {
    vi.mocked(useNeedsSetup).mockReturnValue(false);
    renderAt('/setup');

    expect(await screen.findByRole('form', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Set up Panelwise' })).toBeNull();
    expect(
      screen
        .getByRole('link', { name: 'Forgot password?' })
        .getAttribute('href'),
    ).toBe('/forgot-password');
  });
});
