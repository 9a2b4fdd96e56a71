import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { RouteError } from './RouteError';
import { theme } from './theme';

function renderFailingRoute(error: Error) {
  const Failing = () => {
    throw error;
  };
  const router = createMemoryRouter([
    { path: '/', Component: Failing, errorElement: <RouteError /> },
  ]);
  render(
    <MantineProvider theme={theme} env="test">
      <RouterProvider router={router} />
    </MantineProvider>,
  );
}

describe(RouteError.name, () => {
  beforeEach(() => {
    // React and the router log the caught error.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it("should ask to check the connection when the page's code could not be fetched", () => {
    renderFailingRoute(
      new TypeError(
        'Failed to fetch dynamically imported module: /assets/TeamPage-1.js',
      ),
    );

    expect(
      screen.getByRole('alert', { name: 'This page could not be shown' })
        .textContent,
    ).toContain('check your connection');
    expect(screen.queryByText(/TeamPage-1\.js/)).toBeNull();
  });

  it('should show the message of any other error, with a way to try again', () => {
    renderFailingRoute(new Error('The plan has no questions'));

    expect(screen.getByText('The plan has no questions')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
