import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { DelayedFallback } from './DelayedFallback';

describe(DelayedFallback.name, () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('should show nothing while the wait is short, so a fast load does not flash', () => {
    render(<DelayedFallback delayMs={300}>Loading</DelayedFallback>);

    act(() => {
      vi.advanceTimersByTime(299);
    });

    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('should show its children once the wait has lasted the delay', () => {
    render(<DelayedFallback delayMs={300}>Loading</DelayedFallback>);

    act(() => {
      vi.advanceTimersByTime(300);
    });

    expect(screen.getByText('Loading')).toBeTruthy();
  });
});
