import type { ReactNode } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { BookingConflictsQuery } from '@web/modules/scheduling/graphql/queries/BookingConflicts';

import {
  type BookingConflictsRequest,
  useBookingConflicts,
} from './useBookingConflicts';

const VIOLATION = {
  __typename: 'BookingViolation' as const,
  userId: 'user-ana',
  name: 'Ana Lopez',
  rule: 'BUFFER' as const,
  detail:
    'needs 15 minutes free around their other sessions, Mon 2030-03-04 09:00–10:00 (UTC) is too close to one',
};

function renderPreview(
  initial: BookingConflictsRequest,
  input: Record<string, unknown>,
) {
  const result = vi.fn(() => ({ data: { bookingConflicts: [VIOLATION] } }));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider
      mocks={[
        {
          request: { query: BookingConflictsQuery, variables: { input } },
          result,
          maxUsageCount: 5,
        },
      ]}
    >
      {children}
    </MockedProvider>
  );
  const hook = renderHook(
    (request: BookingConflictsRequest) => useBookingConflicts(request),
    { wrapper, initialProps: initial },
  );

  return { ...hook, result: hook.result, answered: result };
}

describe(useBookingConflicts.name, () => {
  it('should ask the server once the panel, start and duration are set, after a pause', async () => {
    const startsAt = new Date('2030-03-04T09:00:00.000Z');
    const { result, answered } = renderPreview(
      { startsAt, durationMinutes: 60, userIds: ['user-ben', 'user-ana'] },
      {
        startsAt: '2030-03-04T09:00:00.000Z',
        durationMinutes: 60,
        userIds: ['user-ana', 'user-ben'],
      },
    );

    expect(result.current.isChecking).toBe(true);
    expect(answered).not.toHaveBeenCalled();
    await waitFor(() => expect(result.current.violations).toEqual([VIOLATION]));
    expect(result.current.isChecking).toBe(false);
    expect(answered).toHaveBeenCalledTimes(1);
  });

  it('should check a move of a session by its id', async () => {
    const { result } = renderPreview(
      {
        startsAt: new Date('2030-03-04T09:00:00.000Z'),
        durationMinutes: 45,
        userIds: [],
        sessionId: 'session-1',
      },
      {
        startsAt: '2030-03-04T09:00:00.000Z',
        durationMinutes: 45,
        userIds: [],
        sessionId: 'session-1',
      },
    );

    await waitFor(() => expect(result.current.violations).toEqual([VIOLATION]));
  });

  it('should not ask while the request is incomplete or its duration out of range', async () => {
    const startsAt = new Date('2030-03-04T09:00:00.000Z');
    const { result, rerender, answered } = renderPreview(
      { startsAt: null, durationMinutes: 60, userIds: ['user-ana'] },
      { startsAt: '2030-03-04T09:00:00.000Z', durationMinutes: 5, userIds: [] },
    );
    rerender({ startsAt, durationMinutes: 5, userIds: ['user-ana'] });
    rerender({ startsAt, durationMinutes: 60, userIds: [] });
    await new Promise((resolve) => setTimeout(resolve, 600));

    expect(answered).not.toHaveBeenCalled();
    expect(result.current).toEqual({ violations: [], isChecking: false });
  });

  it('should drop the answer as soon as the time changes', async () => {
    const startsAt = new Date('2030-03-04T09:00:00.000Z');
    const { result, rerender } = renderPreview(
      { startsAt, durationMinutes: 60, userIds: ['user-ana'] },
      {
        startsAt: '2030-03-04T09:00:00.000Z',
        durationMinutes: 60,
        userIds: ['user-ana'],
      },
    );
    await waitFor(() => expect(result.current.violations).toHaveLength(1));

    rerender({
      startsAt: new Date('2030-03-04T11:00:00.000Z'),
      durationMinutes: 60,
      userIds: ['user-ana'],
    });

    expect(result.current).toEqual({ violations: [], isChecking: true });
  });
});
