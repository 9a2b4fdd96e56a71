import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { theme } from './theme';

// Which lazily loaded modules have been fetched (evaluated).
const fetched = vi.hoisted(() => new Set<string>());

vi.mock('@web/pages/interview-room/InterviewRoomPage', () => {
  fetched.add('room page');

  return { InterviewRoomPage: () => null };
});
vi.mock('@web/pages/home/HomePage', () => {
  fetched.add('home page');

  return { HomePage: () => null };
});
vi.mock('@web/pages/login/LoginPage', () => {
  fetched.add('login page');

  return { LoginPage: () => null };
});
vi.mock('@web/pages/invite/InvitePage', () => {
  // As when the chunk cannot be fetched (offline, or replaced by a deploy).
  throw new TypeError('Failed to fetch dynamically imported module');
});
vi.mock('@web/modules/layout/components/HeaderActions', () => {
  fetched.add('header actions');

  return { HeaderActions: () => null };
});

async function openAppAt(path: string) {
  window.history.replaceState({}, '', path);
  // A fresh router module: its lazy pages remember what they fetched.
  vi.resetModules();
  const { createRouter } = await import('./router');

  return createRouter();
}

describe('createRouter', () => {
  afterEach(() => {
    fetched.clear();
    window.history.replaceState({}, '', '/');
  });

  it("should start fetching the opened page's code and the shell's lazy parts at once", async () => {
    const router = await openAppAt('/sessions/s-1/room');

    await vi.waitFor(() =>
      expect(fetched).toEqual(new Set(['room page', 'header actions'])),
    );
    router.dispose();
  });

  it('should fetch neither other pages nor the shell for a page outside it', async () => {
    const router = await openAppAt('/login');

    await vi.waitFor(() => expect(fetched).toContain('login page'));
    expect(fetched).toEqual(new Set(['login page']));
    router.dispose();
  });

  it('should show an error in place of a page whose code cannot be fetched', async () => {
    // React and the router log the caught error.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.resetModules();
    const { routes } = await import('./router');
    const router = createMemoryRouter(routes, {
      initialEntries: ['/invite/some-token'],
    });

    render(
      <MantineProvider theme={theme} env="test">
        <RouterProvider router={router} />
      </MantineProvider>,
    );

    expect(
      await screen.findByRole('alert', {
        name: 'This page could not be shown',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
