import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { interviewFixture } from '@web/modules/home/testing/homeFixtures';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { UpcomingInterviewsSection } from './UpcomingInterviewsSection';

const NOW = new Date('2026-03-02T08:00:00.000Z');

function renderSection(
  props: Partial<Parameters<typeof UpcomingInterviewsSection>[0]> = {},
) {
  return renderWithProviders(
    <UpcomingInterviewsSection
      sessions={[]}
      isLoading={false}
      error={null}
      retry={vi.fn()}
      viewerId="user-1"
      timeZone="Europe/Berlin"
      days={14}
      now={NOW}
      {...props}
    />,
  );
}

describe(UpcomingInterviewsSection.name, () => {
  it('should group the sessions under Today and Tomorrow with one-click links', () => {
    renderSection({
      sessions: [
        interviewFixture({
          id: 'session-2',
          startsAt: '2026-03-03T13:00:00.000Z',
          endsAt: '2026-03-03T14:00:00.000Z',
          location: 'Room 4.02',
          candidate: { id: 'c2', name: 'Tom Tomorrow', targetRole: null },
        }),
        interviewFixture({ status: 'IN_PROGRESS' }),
      ],
    });

    const today = screen.getByRole('region', { name: 'Today' });
    const live = within(today).getByRole('listitem');
    // Berlin is UTC+1 in March; the clock style follows the locale.
    expect(live.textContent).toMatch(/10:00( AM)? – 11:00/);
    expect(live.textContent).toContain('Jane Candidate');
    expect(live.textContent).toContain('Backend system design');
    expect(live.textContent).toContain('You: Lead');
    expect(within(live).getByText('Live now')).toBeTruthy();
    expect(
      within(live)
        .getByRole('link', { name: /^Open room/ })
        .getAttribute('href'),
    ).toBe('/sessions/session-1/room');
    expect(
      within(live)
        .getByRole('link', { name: /^Details/ })
        .getAttribute('href'),
    ).toBe('/sessions/session-1');
    expect(
      within(live)
        .getByRole('link', { name: /Join meeting/ })
        .getAttribute('href'),
    ).toBe('https://meet.example.com/abc-defg-hij');

    const tomorrow = screen.getByRole('region', { name: 'Tomorrow' });
    expect(tomorrow.textContent).toContain('Tom Tomorrow');
    expect(tomorrow.textContent).toContain('Room 4.02');
    expect(within(tomorrow).getByText('Scheduled')).toBeTruthy();
    expect(
      within(tomorrow)
        .getByRole('link', { name: 'Open room for Tom Tomorrow' })
        .getAttribute('href'),
    ).toBe('/sessions/session-2/room');
  });

  it('should say what to do when there are no sessions', () => {
    renderSection();

    expect(screen.getByText('No interviews in the next 14 days')).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'your availability' })
        .getAttribute('href'),
    ).toBe('/availability');
  });

  it('should offer a retry when the sessions could not be loaded', () => {
    renderSection({ error: new ApiError('NETWORK_ERROR', 'Offline') });

    expect(screen.getByRole('alert').textContent).toContain('Offline');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('should show a scheduled session whose time has come as now, not as scheduled', () => {
    renderSection({
      sessions: [
        interviewFixture({
          status: 'SCHEDULED',
          startsAt: '2026-03-02T07:40:00.000Z',
          endsAt: '2026-03-02T08:40:00.000Z',
        }),
      ],
    });

    const card = within(
      screen.getByRole('region', { name: 'Today' }),
    ).getByRole('listitem');
    expect(within(card).getByText('Now · not started')).toBeTruthy();
    expect(within(card).queryByText('Scheduled')).toBeNull();
    expect(screen.getByText('1 live')).toBeTruthy();
  });
});
