import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { LoadState, type LoadStateProps } from './LoadState';

function renderState(props: Partial<LoadStateProps> = {}) {
  renderWithProviders(
    <LoadState
      isLoading={false}
      loadingLabel="Loading kits"
      error={null}
      errorTitle="Could not load the kits"
      empty={<p>No kits yet.</p>}
      {...props}
    >
      <p>The kits table</p>
    </LoadState>,
  );
}

describe(LoadState.name, () => {
  it('should show only the spinner while loading', () => {
    renderState({ isLoading: true });

    expect(screen.getByLabelText('Loading kits')).toBeTruthy();
    expect(screen.queryByText('The kits table')).toBeNull();
    expect(screen.queryByText('No kits yet.')).toBeNull();
  });

  it('should show the failed load with a retry instead of the content', async () => {
    const onRetry = vi.fn();
    renderState({ error: new ApiError('INTERNAL_SERVER_ERROR', 'Boom'), onRetry });

    expect(screen.getByRole('alert').textContent).toContain(
      'Could not load the kits',
    );
    expect(screen.queryByText('The kits table')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('should say the record is not there, without a retry, when it is NOT_FOUND', () => {
    renderState({
      error: new ApiError('NOT_FOUND', 'Kit not found'),
      notFoundTitle: 'This kit does not exist in your team',
      onRetry: vi.fn(),
    });

    expect(screen.getByRole('alert').textContent).toContain(
      'This kit does not exist in your team',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('should show the empty state when loaded with nothing, and the content otherwise', () => {
    renderState({ isEmpty: true });
    expect(screen.getByText('No kits yet.')).toBeTruthy();
    expect(screen.queryByText('The kits table')).toBeNull();
  });

  it('should show the content once loaded', () => {
    renderState();
    expect(screen.getByText('The kits table')).toBeTruthy();
  });
});
