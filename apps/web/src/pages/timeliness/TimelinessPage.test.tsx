import {
  MockedProvider,
  type MockedProviderProps,
} from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { theme } from '@web/app/theme';
import { MeQuery } from '@web/modules/auth/graphql/queries/Me';
import { FeedbackTimelinessQuery } from '@web/modules/timeliness/graphql/queries/FeedbackTimeliness';
import { viewerFixture } from '@web/testing/viewerFixtures';

import { TimelinessPage } from './TimelinessPage';

type MockedProviderMocks = NonNullable<MockedProviderProps['mocks']>;

const ANA = { __typename: 'User' as const, id: 'user-2', name: 'Ana Slow' };
const BEN = { __typename: 'User' as const, id: 'user-3', name: 'Ben Quick' };

function renderPage(mocks: MockedProviderMocks) {
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider theme={theme} env="test">
        <MemoryRouter initialEntries={['/timeliness']}>
          <TimelinessPage />
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe(TimelinessPage.name, () => {
  it('should show the reminder settings, what is owed and each interviewer’s pace', async () => {
    renderPage([
      {
        request: { query: MeQuery },
        result: { data: { me: viewerFixture('COORDINATOR') } },
      },
      {
        request: { query: FeedbackTimelinessQuery },
        result: {
          data: {
            team: {
              __typename: 'Team',
              id: 'team-1',
              reminderAfterHours: 24,
              escalateAfterHours: 72,
              scorecardDueHours: 48,
            },
            feedbackTimeliness: {
              __typename: 'FeedbackTimeliness',
              teamMedianHours: 20,
              interviewers: [
                {
                  __typename: 'InterviewerTimeliness',
                  interviewer: BEN,
                  due: 0,
                  overdue: 0,
                  oldestOutstandingHours: null,
                  submitted: 9,
                  medianHours: 4.25,
                },
                {
                  __typename: 'InterviewerTimeliness',
                  interviewer: ANA,
                  due: 0,
                  overdue: 1,
                  oldestOutstandingHours: 80,
                  submitted: 2,
                  medianHours: 50,
                },
              ],
              outstanding: [
                {
                  __typename: 'OutstandingScorecard',
                  sessionId: 'session-9',
                  candidateName: 'Olive Old',
                  interviewer: ANA,
                  endedAt: '2026-03-07T10:00:00.000Z',
                  ageHours: 80,
                  overdue: true,
                  reminded: true,
                  escalated: true,
                },
              ],
            },
          },
        },
      },
    ]);

    expect(
      await screen.findByText(
        'Interviewers get a reminder 24 hours after a session ends.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Coordinators are alerted 72 hours after the session ends.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('1 overdue')).toBeTruthy();
    const outstanding = screen.getByRole('table', {
      name: 'Outstanding scorecards, oldest first',
    });
    expect(within(outstanding).getByText('3 days')).toBeTruthy();

    const perInterviewer = screen.getByRole('table', {
      name: 'Feedback timeliness per interviewer',
    });
    const rows = within(perInterviewer).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Ana Slow013 days250 h',
      'Ben Quick00—94.3 h',
    ]);
    expect(screen.getByText(/over the last 90 days: 20 h/)).toBeTruthy();
  });
});
