import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { BookingPageData } from '@web/modules/self-scheduling/hooks/useBookingPage';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { BookingView } from './BookingView';

const slot = (start: string) => ({
  __typename: 'BookingSlot' as const,
  start,
  end: new Date(Date.parse(start) + 3_600_000).toISOString(),
});

function page(overrides: Partial<BookingPageData> = {}): BookingPageData {
  return {
    teamName: 'Acme',
    title: 'Backend loop',
    durationMinutes: 60,
    candidateName: 'Casey',
    timeZone: 'UTC',
    status: 'OPEN',
    expiresAt: '2031-01-20T00:00:00.000Z',
    policy:
      'You can move or cancel your booking here up to 24 hours before it starts.',
    slots: [
      slot('2031-01-06T09:00:00.000Z'),
      slot('2031-01-06T09:30:00.000Z'),
      slot('2031-01-07T14:00:00.000Z'),
    ],
    booking: null,
    ...overrides,
  };
}

function renderView(
  data: BookingPageData,
  overrides: Partial<Parameters<typeof BookingView>[0]> = {},
) {
  const actions = {
    book: vi.fn().mockResolvedValue(true),
    reschedule: vi.fn().mockResolvedValue(true),
    cancel: vi.fn().mockResolvedValue(true),
  };
  renderWithProviders(
    <BookingView
      page={data}
      timeZone="Asia/Tokyo"
      onTimeZoneChange={vi.fn()}
      actionError={null}
      isSaving={false}
      {...actions}
      {...overrides}
    />,
  );

  return actions;
}

describe(BookingView.name, () => {
  it('should offer times by day in the reader’s zone and book the one picked with that zone', async () => {
    const { book } = renderView(page());

    // 09:00 UTC is 18:00 in Tokyo; 14:00 UTC on the 7th is 23:00 the same day there.
    expect(
      screen.getByRole('radiogroup', { name: /Monday, January 6/ }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Pick a time to book' }),
    ).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('radio', { name: /6:30|18:30/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Book / }));

    expect(book).toHaveBeenCalledWith('2031-01-06T09:30:00.000Z', 'Asia/Tokyo');
  });

  it('should say so when no time is left, and show why the last attempt failed', () => {
    renderView(page({ slots: [] }), {
      actionError: new ApiError(
        'CONFLICT',
        'Sorry, that time was just taken.',
        'startsAt',
      ),
    });

    expect(screen.getByRole('alert').textContent).toContain(
      'Sorry, that time was just taken.',
    );
    expect(screen.getByRole('status').textContent).toMatch(/No time is free/);
  });

  it('should show the booking with its meeting link and move it to a new time', async () => {
    const booked = page({
      status: 'BOOKED',
      booking: {
        startsAt: '2031-01-06T09:00:00.000Z',
        endsAt: '2031-01-06T10:00:00.000Z',
        location: 'https://meet.example.test/loop',
        canReschedule: true,
        canCancel: true,
        changeBlockedReason: null,
      },
    });
    const { reschedule } = renderView(booked);

    expect(
      screen.getByRole('link', { name: 'https://meet.example.test/loop' }),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Move it' }));
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Day' }),
      '2031-01-07',
    );
    await userEvent.click(screen.getByRole('radio'));
    await userEvent.click(screen.getByRole('button', { name: /^Move to / }));

    expect(reschedule).toHaveBeenCalledWith(
      '2031-01-07T14:00:00.000Z',
      'Asia/Tokyo',
    );
  });

  it('should cancel with the reason given, and offer no move once the policy forbids it', async () => {
    const blocked = page({
      status: 'BOOKED',
      slots: [],
      booking: {
        startsAt: '2031-01-06T09:00:00.000Z',
        endsAt: '2031-01-06T10:00:00.000Z',
        location: 'Room 4',
        canReschedule: false,
        canCancel: true,
        changeBlockedReason:
          'It has been moved 2 time(s), the most the team allows; you can still cancel.',
      },
    });
    const { cancel } = renderView(blocked);

    expect(screen.queryByRole('button', { name: 'Move it' })).toBeNull();
    expect(screen.getByText(/the most the team allows/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel it' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: /Anything the team should know/ }),
      'Took another offer',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Cancel the interview' }),
    );

    expect(cancel).toHaveBeenCalledWith('Took another offer');
  });
});
