import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { AwaitingDecision } from '@web/modules/home/hooks/useCandidatesAwaitingDecision';
import type { TodaySession } from '@web/modules/home/hooks/useTeamToday';
import type { OutstandingScorecard } from '@web/modules/timeliness/utils/timeliness';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { AwaitingDecisionSection } from './AwaitingDecisionSection';
import { GuideWarningsSection } from './GuideWarningsSection';
import {
  OWED_SCORECARDS_SHOWN,
  OwedScorecardsSection,
} from './OwedScorecardsSection';
import { TeamTodaySection } from './TeamTodaySection';

const base = { isLoading: false, error: null, retry: vi.fn() };

const TODAY: TodaySession = {
  id: 'session-1',
  startsAt: '2026-03-10T13:00:00.000Z',
  endsAt: '2026-03-10T14:00:00.000Z',
  status: 'SCHEDULED',
  kitName: 'Backend screen',
  candidate: { id: 'candidate-1', name: 'Tess Today' },
  panel: [
    {
      role: 'LEAD',
      user: { id: 'user-ana', name: 'Ana Lopez' },
    },
  ],
};

function owed(overrides: Partial<OutstandingScorecard>): OutstandingScorecard {
  return {
    sessionId: 'session-old',
    candidateName: 'Olga Owed',
    interviewer: { id: 'user-ana', name: 'Ana Lopez' },
    endedAt: '2026-03-08T10:00:00.000Z',
    ageHours: 48,
    overdue: true,
    reminded: true,
    escalated: false,
    ...overrides,
  };
}

describe('coordinator to-do sections', () => {
  it('should list today’s sessions in the viewer’s zone, each linking to its session', () => {
    renderWithProviders(
      <TeamTodaySection
        {...base}
        sessions={[TODAY]}
        timeZone="Europe/Paris"
        week="2026-03-09"
      />,
    );

    const section = screen.getByRole('region', { name: /Today’s sessions/ });
    const link = within(section).getByRole('link', {
      name: '2:00 PM–3:00 PM · Tess Today',
    });
    expect(link.getAttribute('href')).toBe('/sessions/session-1');
    expect(
      within(section).getByText(/Backend screen · led by Ana Lopez/),
    ).toBeTruthy();
    expect(
      within(section)
        .getByRole('link', { name: 'Open the schedule' })
        .getAttribute('href'),
    ).toBe('/schedule?week=2026-03-09');
  });

  it('should say when the team has no session today', () => {
    renderWithProviders(
      <TeamTodaySection
        {...base}
        sessions={[]}
        timeZone="UTC"
        week="2026-03-09"
      />,
    );

    expect(
      screen.getByText('No session on the team’s calendar today.'),
    ).toBeTruthy();
  });

  it('should put overdue scorecards first, count them, and cap the list with a link to the rest', () => {
    const outstanding = [
      owed({
        sessionId: 'session-fresh',
        candidateName: 'Fay Fresh',
        ageHours: 3,
        overdue: false,
      }),
      owed({}),
      ...Array.from({ length: OWED_SCORECARDS_SHOWN }, (_, index) =>
        owed({
          sessionId: `session-${index}`,
          candidateName: `Filler ${index}`,
          ageHours: 2,
          overdue: false,
        }),
      ),
    ];
    renderWithProviders(
      <OwedScorecardsSection
        {...base}
        timeliness={{
          interviewers: [],
          outstanding,
          teamMedianHours: null,
        }}
      />,
    );

    const section = screen.getByRole('region', { name: /Scorecards owed/ });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(OWED_SCORECARDS_SHOWN);
    expect(items[0]?.getAttribute('aria-label')).toBe(
      'Ana Lopez owes Olga Owed',
    );
    expect(
      within(items[0] ?? document.body)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/sessions/session-old');
    expect(within(section).getByText('1 overdue')).toBeTruthy();
    expect(
      within(section)
        .getByRole('link', { name: `All ${outstanding.length} and reminders` })
        .getAttribute('href'),
    ).toBe('/timeliness');
  });

  it('should list candidates waiting for a decision with a link to their review', () => {
    const waiting: AwaitingDecision = {
      candidate: {
        id: 'candidate-2',
        name: 'Dora Decide',
        targetRole: null,
      },
      lastCompletedAt: '2026-03-09T10:00:00.000Z',
      submittedScorecards: 2,
      pendingScorecards: 1,
    };
    renderWithProviders(
      <AwaitingDecisionSection
        {...base}
        candidates={[waiting]}
        timeZone="UTC"
      />,
    );

    const item = screen.getByRole('listitem', { name: 'Dora Decide' });
    expect(
      within(item).getByText(/2 submitted, 1 still owed · last session/),
    ).toBeTruthy();
    expect(
      within(item)
        .getByRole('link', { name: 'Review and decide on Dora Decide' })
        .getAttribute('href'),
    ).toBe('/candidates/candidate-2/review');
  });

  it('should list guides with import warnings, the first warning by line, each linking to its guide', () => {
    renderWithProviders(
      <GuideWarningsSection
        {...base}
        totalCount={1}
        guides={[
          {
            id: 'guide-1',
            title: 'Data engineer guide',
            sourceFileName: 'data-engineer.md',
            importWarnings: [
              {
                line: 6,
                message:
                  'Frontmatter date "spring" is not a date; kept as written',
              },
              { line: 40, message: 'Empty follow-up item ignored' },
            ],
          },
        ]}
      />,
    );

    const item = screen.getByRole('listitem', { name: 'Data engineer guide' });
    expect(
      within(item).getByText(
        'Line 6: Frontmatter date "spring" is not a date; kept as written (and 1 more warning)',
      ),
    ).toBeTruthy();
    expect(within(item).getByRole('link').getAttribute('href')).toBe(
      '/guides/guide-1',
    );
    expect(
      screen
        .getByRole('link', { name: 'Import a corrected file' })
        .getAttribute('href'),
    ).toBe('/import-guides');
  });
});
