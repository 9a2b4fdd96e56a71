import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { lazyNamed, preloadComponents } from './lazyNamed';

function RoomPage() {
  return <p>The room</p>;
}

describe(lazyNamed.name, () => {
  it('should render the named export of the module it loads', async () => {
    const Page = lazyNamed(() => Promise.resolve({ RoomPage }), 'RoomPage');

    render(
      <Suspense fallback={<p>Loading</p>}>
        <Page />
      </Suspense>,
    );

    expect(screen.getByText('Loading')).toBeTruthy();
    expect(await screen.findByText('The room')).toBeTruthy();
  });

  it('should fetch the module once when it is preloaded, then rendered', async () => {
    const load = vi.fn(() => Promise.resolve({ RoomPage }));
    const Page = lazyNamed(load, 'RoomPage');

    await Page.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Page />
      </Suspense>,
    );

    expect(await screen.findByText('The room')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe(preloadComponents.name, () => {
  it('should start loading the lazy components only, and skip the rest', () => {
    const load = vi.fn(() => Promise.resolve({ RoomPage }));
    const Page = lazyNamed(load, 'RoomPage');

    expect(() =>
      preloadComponents([RoomPage, null, undefined, Page]),
    ).not.toThrow();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
