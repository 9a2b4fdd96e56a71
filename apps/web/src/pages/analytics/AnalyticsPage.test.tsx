import {
  MockedProvider,
  type MockedProviderProps,
} from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { theme } from '@web/app/theme';
import { AnalyticsFilterOptionsQuery } from '@web/modules/analytics/graphql/queries/AnalyticsFilterOptions';
import { CalibrationQuery } from '@web/modules/analytics/graphql/queries/Calibration';
import { MeQuery } from '@web/modules/auth/graphql/queries/Me';
import { viewerFixture } from '@web/testing/viewerFixtures';

import { AnalyticsPage } from './AnalyticsPage';

type MockedProviderMocks = NonNullable<MockedProviderProps['mocks']>;

const ANA = { __typename: 'User' as const, id: 'user-2', name: 'Ana Lenient' };
const BEN = { __typename: 'User' as const, id: 'user-3', name: 'Ben Severe' };

const ME_MOCK = {
  request: { query: MeQuery },
  result: { data: { me: viewerFixture('COORDINATOR') } },
};

const OPTIONS_MOCK = {
  request: { query: AnalyticsFilterOptionsQuery },
  result: {
    data: {
      kits: [{ __typename: 'InterviewKit', id: 'kit-1', name: 'Backend' }],
      members: [
        { __typename: 'Membership', id: 'm-2', active: true, user: ANA },
        { __typename: 'Membership', id: 'm-3', active: false, user: BEN },
      ],
    },
  },
};

// The last 90 days up to 2026-03-10 in the viewer's zone (UTC).
const DEFAULT_FILTER = {
  from: '2025-12-10T00:00:00.000Z',
  to: '2026-03-11T00:00:00.000Z',
  kitId: null,
  interviewerId: null,
};

const MINIMUMS = {
  __typename: 'CalibrationMinimums',
  agreementUnits: 10,
  leniencyRatings: 5,
};

function calibrationMock(calibration: Record<string, unknown>) {
  return {
    request: { query: CalibrationQuery, variables: { filter: DEFAULT_FILTER } },
    result: {
      data: {
        calibration: {
          __typename: 'Calibration',
          minimums: MINIMUMS,
          teamSubmitted: 0,
          ...calibration,
        },
      },
    },
  };
}

function leniencyRow(
  interviewer: typeof ANA,
  values: Record<string, unknown>,
): Record<string, unknown> {
  return {
    __typename: 'InterviewerCalibration',
    interviewer,
    competencyId: 'c-1',
    competencyName: 'System design',
    ...values,
  };
}

function renderPage(mocks: MockedProviderMocks) {
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider theme={theme} env="test">
        <MemoryRouter initialEntries={['/analytics']}>
          <AnalyticsPage />
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe(AnalyticsPage.name, () => {
  beforeEach(() => {
    // Only the clock: Apollo and React still need real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T12:00:00.000Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('should refuse an interviewer', async () => {
    renderPage([
      {
        request: { query: MeQuery },
        result: { data: { me: viewerFixture('INTERVIEWER') } },
      },
    ]);

    expect(
      await screen.findByText('Only coordinators can see team analytics'),
    ).toBeTruthy();
  });

  it('should show leniency, agreement bands, time to submit and question usage for the last 90 days', async () => {
    renderPage([
      ME_MOCK,
      OPTIONS_MOCK,
      calibrationMock({
        interviewers: [
          leniencyRow(ANA, {
            ratings: 5,
            meanRating: 3.6,
            panelMean: 3.2,
            leniency: 0.4,
            leniencyLow: 0.1,
            leniencyHigh: 0.7,
            hasEnoughData: true,
          }),
          leniencyRow(BEN, {
            ratings: 4,
            meanRating: 2.75,
            panelMean: 3,
            leniency: -0.25,
            leniencyLow: -1.1,
            leniencyHigh: 0.6,
            hasEnoughData: false,
          }),
        ],
        agreement: [
          {
            __typename: 'CompetencyAgreement',
            competencyId: 'c-1',
            competencyName: 'System design',
            alpha: 0.71,
            units: 16,
            pairableRatings: 34,
            hasEnoughData: true,
          },
          {
            __typename: 'CompetencyAgreement',
            competencyId: 'c-2',
            competencyName: 'Communication',
            alpha: 0,
            units: 3,
            pairableRatings: 6,
            hasEnoughData: false,
          },
        ],
        submissionTimes: [
          {
            __typename: 'SubmissionTime',
            interviewer: ANA,
            submitted: 5,
            medianHours: 3.5,
          },
        ],
        teamMedianHours: 12.2,
        teamSubmitted: 9,
        questionUsage: [
          {
            __typename: 'QuestionUsage',
            questionId: 'q-1',
            prompt: 'Design a <b>rate limiter</b>',
            timesAsked: 7,
            ratings: 6,
            meanRating: 2.5,
            decidedRatings: 4,
            agreementWithDecision: 0.75,
          },
        ],
      }),
    ]);

    const leniency = await screen.findByRole('table', {
      name: 'Leniency per interviewer and competency',
    });
    const rows = within(leniency).getAllByTestId('leniency-row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Ana LenientSystem design3.603.20+0.40 (lenient)+0.10 to +0.705',
      'Ben SevereSystem designNot enough data (4 of 5 ratings needed)4',
    ]);

    const agreement = screen.getByRole('table', {
      name: 'Inter-rater agreement per competency',
    });
    const [communication, design] =
      within(agreement).getAllByTestId('agreement-row');
    // An alpha of 0 on three sessions is not "0.00 Low": it is not enough data.
    expect(communication.textContent).toBe(
      'Communication—Not enough data (3 of 10 shared sessions needed)36',
    );
    expect(communication.textContent).not.toContain('Low');
    expect(design.textContent).toContain('0.71');
    expect(design.textContent).toContain('Tentative');

    expect(
      screen.getByRole('table', { name: 'Time to submit per interviewer' })
        .textContent,
    ).toContain('3.5 h');
    expect(screen.getByText(/team median \(12 h, n = 9\)/)).toBeTruthy();

    const question = screen.getByRole('link', {
      name: 'Design a <b>rate limiter</b>',
    });
    expect(question.getAttribute('href')).toBe('/questions/q-1');
    expect(
      screen.getByRole('table', { name: 'Question usage' }).textContent,
    ).toContain('75%of 4 decided');

    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe(
      '2025-12-10',
    );
    expect(screen.getByLabelText<HTMLInputElement>('To').value).toBe(
      '2026-03-10',
    );
  });

  it('should show no chart but each figure’s n when no interviewer has enough ratings yet', async () => {
    renderPage([
      ME_MOCK,
      OPTIONS_MOCK,
      calibrationMock({
        interviewers: [
          leniencyRow(ANA, {
            ratings: 2,
            meanRating: 4,
            panelMean: 2,
            leniency: 2,
            leniencyLow: -4.4,
            leniencyHigh: 8.4,
            hasEnoughData: false,
          }),
        ],
        agreement: [],
        submissionTimes: [],
        teamMedianHours: null,
        questionUsage: [],
      }),
    ]);

    expect(await screen.findByText('Not enough data yet')).toBeTruthy();
    const leniency = screen.getByRole('table', {
      name: 'Leniency per interviewer and competency',
    });
    expect(within(leniency).getByTestId('leniency-row').textContent).toBe(
      'Ana LenientSystem designNot enough data (2 of 5 ratings needed)2',
    );
    expect(within(leniency).queryByText('+2.00')).toBeNull();
    expect(screen.getByText(/Shown from 5 shared ratings on/)).toBeTruthy();
  });

  it('should explain what each section needs when there is no data', async () => {
    renderPage([
      ME_MOCK,
      OPTIONS_MOCK,
      calibrationMock({
        interviewers: [],
        agreement: [],
        submissionTimes: [],
        teamMedianHours: null,
        questionUsage: [],
      }),
    ]);

    expect(await screen.findByText('No calibration figures yet')).toBeTruthy();
    expect(screen.getByText('No agreement figures yet')).toBeTruthy();
    expect(screen.getByText('No submitted scorecards')).toBeTruthy();
    expect(screen.getByText('No questions asked yet')).toBeTruthy();
  });
});
