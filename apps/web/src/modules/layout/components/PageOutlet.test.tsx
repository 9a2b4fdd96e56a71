import type { ComponentType } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
// From 'react-router', not 'react-router/dom': under vitest the two entries
// load separate copies of the router's contexts.
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { theme } from '@web/app/theme';
import { lazyNamed } from '@web/modules/shared/utils/lazyNamed';

import { PageOutlet } from './PageOutlet';

function HomePage() {
  return <p>Home page</p>;
}

function RoomPage() {
  return <p>Room page</p>;
}

/** A lazy room page whose code arrives when the test says so. */
function lazyRoom() {
  let resolve: (module: { RoomPage: typeof RoomPage }) => void = () => {};
  const loaded = new Promise<{ RoomPage: typeof RoomPage }>((done) => {
    resolve = done;
  });
  const arrive = () => {
    resolve({ RoomPage });

    return loaded;
  };

  return { Page: lazyNamed(() => loaded, 'RoomPage'), arrive };
}

function renderRoutes(Room: ComponentType, initialPath: string) {
  const router = createMemoryRouter(
    [
      {
        Component: PageOutlet,
        children: [
          { path: '/', Component: HomePage },
          { path: '/room', Component: Room },
        ],
      },
    ],
    { initialEntries: [initialPath] },
  );
  render(
    <MantineProvider theme={theme} env="test">
      <RouterProvider router={router} />
    </MantineProvider>,
  );

  return router;
}

const pause = (ms: number) =>
  act(() => new Promise<void>((done) => setTimeout(done, ms)));

describe(PageOutlet.name, () => {
  it("should keep the current page, without a loader, while the next page's code loads", async () => {
    const room = lazyRoom();
    const router = renderRoutes(room.Page, '/');
    expect(screen.getByText('Home page')).toBeTruthy();

    await act(() => router.navigate('/room'));
    await pause(400);

    expect(screen.getByText('Home page')).toBeTruthy();
    expect(screen.queryByLabelText('Loading the page')).toBeNull();

    await act(() => room.arrive());

    expect(await screen.findByText('Room page')).toBeTruthy();
    expect(screen.queryByText('Home page')).toBeNull();
  });

  it('should show a loader, after a short delay, when the first page opened is still loading', async () => {
    const room = lazyRoom();
    renderRoutes(room.Page, '/room');

    expect(screen.queryByLabelText('Loading the page')).toBeNull();
    await waitFor(() =>
      expect(screen.getByLabelText('Loading the page')).toBeTruthy(),
    );

    await act(() => room.arrive());

    expect(await screen.findByText('Room page')).toBeTruthy();
    expect(screen.queryByLabelText('Loading the page')).toBeNull();
  });
});
