import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { CandidateSession } from '@web/modules/candidates/hooks/useCandidateRecord';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { CandidateSessionsSection } from './CandidateSessionsSection';

const NOW = new Date('2026-03-10T10:00:00.000Z');

function session(overrides: Partial<CandidateSession>): CandidateSession {
  return {
    id: 'session-past',
    startsAt: '2026-03-09T09:00:00.000Z',
    endsAt: '2026-03-09T10:00:00.000Z',
    status: 'COMPLETED',
    kitName: 'Backend screen',
    panelSubmissions: [
      {
        required: true,
        submittedAt: '2026-03-09T12:00:00.000Z',
      },
      { required: true, submittedAt: null },
      { required: false, submittedAt: null },
    ],
    ...overrides,
  };
}

const SESSIONS = [
  session({}),
  session({
    id: 'session-next',
    startsAt: '2026-03-12T14:00:00.000Z',
    endsAt: '2026-03-12T15:00:00.000Z',
    status: 'SCHEDULED',
    kitName: 'System design',
    panelSubmissions: [{ required: true, submittedAt: null }],
  }),
];

function renderSection(isCoordinator: boolean, sessions = SESSIONS) {
  return renderWithProviders(
    <CandidateSessionsSection
      sessions={sessions}
      isLoading={false}
      error={null}
      retry={vi.fn()}
      candidateId="candidate-1"
      timeZone="Europe/Paris"
      now={NOW}
      isCoordinator={isCoordinator}
    />,
  );
}

describe(CandidateSessionsSection.name, () => {
  it('should list upcoming and past sessions in the viewer’s zone with their scorecards and links', () => {
    renderSection(true);

    const upcoming = within(
      screen.getByRole('table', { name: 'Upcoming sessions' }),
    );
    expect(upcoming.getByText('System design')).toBeTruthy();
    expect(upcoming.getByText('1 owed after the session')).toBeTruthy();
    expect(
      upcoming
        .getByRole('link', { name: 'Mar 12, 2026, 3:00 PM (Europe/Paris)' })
        .getAttribute('href'),
    ).toBe('/sessions/session-next');
    const past = within(screen.getByRole('table', { name: 'Past sessions' }));
    expect(past.getByText('1 of 2 submitted')).toBeTruthy();
    expect(past.getByText('Completed')).toBeTruthy();
    expect(
      past.getByRole('link', { name: 'Review' }).getAttribute('href'),
    ).toBe('/candidates/candidate-1/review');
    expect(
      screen
        .getByRole('link', { name: 'Schedule a session' })
        .getAttribute('href'),
    ).toBe('/schedule/new?candidate=candidate-1');
  });

  it('should offer neither scheduling nor the review to an interviewer', () => {
    renderSection(false);

    expect(screen.getByText(/The sessions you sit on/)).toBeTruthy();
    expect(
      screen.queryByRole('link', { name: 'Schedule a session' }),
    ).toBeNull();
    expect(screen.queryByRole('link', { name: 'Review' })).toBeNull();
  });

  it('should say so when there is no session, and count none for a cancelled one', () => {
    const { unmount } = renderSection(true, []);
    expect(screen.getByText('No sessions yet')).toBeTruthy();
    unmount();

    renderSection(true, [session({ status: 'CANCELLED' })]);
    expect(screen.getByText('No scorecards expected')).toBeTruthy();
  });
});
