import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useMyInterviews } from '@web/modules/home/hooks/useMyInterviews';
import { useScorecardsDue } from '@web/modules/home/hooks/useScorecardsDue';
import {
  interviewFixture,
  scorecardDueFixture,
} from '@web/modules/home/testing/homeFixtures';
import { renderWithProviders } from '@web/testing/renderWithProviders';
import { viewerFixture } from '@web/testing/viewerFixtures';

import { InterviewerHome } from './InterviewerHome';

vi.mock('@web/modules/home/hooks/useMyInterviews', async (importOriginal) => ({
  ...(await importOriginal()),
  useMyInterviews: vi.fn(),
}));
vi.mock('@web/modules/home/hooks/useScorecardsDue', () => ({
  useScorecardsDue: vi.fn(),
}));

const LOADED = { isLoading: false, error: null, retry: vi.fn() };

function mockLists(
  sessions: ReturnType<typeof interviewFixture>[],
  scorecards: ReturnType<typeof scorecardDueFixture>[],
) {
  vi.mocked(useMyInterviews).mockReturnValue({ ...LOADED, sessions });
  vi.mocked(useScorecardsDue).mockReturnValue({ ...LOADED, scorecards });
}

describe(InterviewerHome.name, () => {
  beforeEach(() => {
    mockLists([], []);
  });

  it('should show both sections with their empty states when the viewer is an interviewer', () => {
    renderWithProviders(
      <InterviewerHome viewer={viewerFixture('INTERVIEWER')} />,
    );

    expect(screen.getByRole('heading', { name: 'My interviews' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'Scorecards due' }),
    ).toBeTruthy();
    expect(screen.getByText('You are all caught up')).toBeTruthy();
  });

  it('should show nothing when the viewer is a coordinator who sits on no panel', () => {
    renderWithProviders(
      <InterviewerHome viewer={viewerFixture('COORDINATOR')} />,
    );

    expect(screen.queryByRole('heading', { name: 'My interviews' })).toBeNull();
  });

  it('should show the sections when the viewer is a coordinator with a scorecard due', () => {
    mockLists([], [scorecardDueFixture()]);

    renderWithProviders(
      <InterviewerHome viewer={viewerFixture('COORDINATOR')} />,
    );

    expect(screen.getByRole('heading', { name: 'My interviews' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Write scorecard for Omar Overdue' }),
    ).toBeTruthy();
  });

  it('should show the sessions when the viewer is a coordinator on a panel', () => {
    mockLists([interviewFixture({ startsAt: new Date().toISOString() })], []);

    renderWithProviders(
      <InterviewerHome viewer={viewerFixture('COORDINATOR')} />,
    );

    expect(
      screen.getByRole('link', { name: 'Open room for Jane Candidate' }),
    ).toBeTruthy();
  });
});
