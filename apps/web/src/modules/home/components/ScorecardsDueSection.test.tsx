import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { scorecardDueFixture } from '@web/modules/home/testing/homeFixtures';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { ScorecardsDueSection } from './ScorecardsDueSection';

const NOW = new Date('2026-03-10T10:00:00.000Z');

function renderSection(
  scorecards: Parameters<typeof ScorecardsDueSection>[0]['scorecards'],
) {
  return renderWithProviders(
    <ScorecardsDueSection
      scorecards={scorecards}
      isLoading={false}
      error={null}
      retry={vi.fn()}
      timeZone="UTC"
      now={NOW}
    />,
  );
}

describe(ScorecardsDueSection.name, () => {
  it('should list overdue scorecards first with their age, then the time left on the others', () => {
    renderSection([
      scorecardDueFixture({
        sessionId: 'session-due',
        candidateName: 'Dana Due',
        dueAt: '2026-03-10T15:00:00.000Z',
        overdue: false,
        status: 'DRAFT',
      }),
      scorecardDueFixture(),
    ]);

    const items = within(
      screen.getByRole('region', { name: /Scorecards due/ }),
    ).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Omar Overdue, overdue by 2 days',
      'Dana Due, due in 5 hours',
    ]);
    expect(screen.getByText('1 overdue')).toBeTruthy();
    expect(within(items[0]).getByText('Overdue by 2 days')).toBeTruthy();
    expect(
      within(items[0])
        .getByRole('link', { name: 'Write scorecard for Omar Overdue' })
        .getAttribute('href'),
    ).toBe('/sessions/session-9/scorecard');
    expect(within(items[1]).getByText('Draft')).toBeTruthy();
    expect(
      within(items[1])
        .getByRole('link', { name: 'Finish scorecard for Dana Due' })
        .getAttribute('href'),
    ).toBe('/sessions/session-due/scorecard');
  });

  it('should say the viewer is caught up when nothing is due', () => {
    renderSection([]);

    expect(screen.getByText('You are all caught up')).toBeTruthy();
    expect(screen.queryByRole('listitem')).toBeNull();
  });
});
