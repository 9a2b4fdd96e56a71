import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { ApiError } from '@web/modules/shared/utils/apiError';
import { notify } from '@web/modules/shared/utils/notify';
import { useNudgeInterviewer } from '@web/modules/timeliness/hooks/useNudgeInterviewer';
import type { OutstandingScorecard } from '@web/modules/timeliness/utils/timeliness';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { OutstandingScorecardsTable } from './OutstandingScorecardsTable';

vi.mock('@web/modules/timeliness/hooks/useNudgeInterviewer', () => ({
  useNudgeInterviewer: vi.fn(),
}));
vi.mock('@web/modules/shared/utils/notify', () => ({ notify: vi.fn() }));

const nudge = vi.fn();

function row(overrides: Partial<OutstandingScorecard>): OutstandingScorecard {
  return {
    sessionId: 'session-1',
    candidateName: 'Casey Candidate',
    interviewer: { id: 'user-2', name: 'Ana Interviewer' },
    endedAt: '2026-03-08T10:00:00.000Z',
    ageHours: 5,
    overdue: false,
    reminded: false,
    escalated: false,
    ...overrides,
  };
}

describe(OutstandingScorecardsTable.name, () => {
  beforeEach(() => {
    nudge.mockReset().mockResolvedValue(undefined);
    vi.mocked(useNudgeInterviewer).mockReturnValue({ nudge });
  });

  it('should list the oldest first with its age, badges and session link', () => {
    renderWithProviders(
      <OutstandingScorecardsTable
        timeZone="UTC"
        outstanding={[
          row({}),
          row({
            sessionId: 'session-9',
            candidateName: 'Olive Old',
            interviewer: { id: 'user-3', name: 'Ben Busy' },
            ageHours: 80,
            overdue: true,
            reminded: true,
            escalated: true,
          }),
        ]}
      />,
    );

    const [oldest, newest] = screen.getAllByTestId('outstanding-row');
    expect(within(oldest).getByText('3 days')).toBeTruthy();
    expect(within(oldest).getByText('Overdue')).toBeTruthy();
    expect(within(oldest).getByText('Reminded')).toBeTruthy();
    expect(within(oldest).getByText('Escalated')).toBeTruthy();
    expect(
      within(oldest)
        .getByRole('link', { name: 'Session with Olive Old' })
        .getAttribute('href'),
    ).toBe('/sessions/session-9');
    expect(within(newest).getByText('5 hours')).toBeTruthy();
    expect(within(newest).getByText('Due')).toBeTruthy();
    expect(within(newest).queryByText('Reminded')).toBeNull();
  });

  it('should nudge the interviewer of that session and offer to nudge again', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <OutstandingScorecardsTable timeZone="UTC" outstanding={[row({})]} />,
    );

    await user.click(
      screen.getByRole('button', {
        name: 'Nudge Ana Interviewer about Casey Candidate',
      }),
    );

    expect(nudge).toHaveBeenCalledWith('session-1', 'user-2');
    expect(
      await screen.findByRole('button', {
        name: 'Nudge Ana Interviewer about Casey Candidate',
      }),
    ).toHaveProperty('textContent', 'Nudge again');
    expect(notify).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Reminder sent' }),
    );
  });

  it('should tell why when the nudge is refused', async () => {
    nudge.mockRejectedValue(
      new ApiError('NOT_FOUND', 'No scorecard is owed by this interviewer'),
    );
    const user = userEvent.setup();
    renderWithProviders(
      <OutstandingScorecardsTable timeZone="UTC" outstanding={[row({})]} />,
    );

    await user.click(screen.getByRole('button', { name: /^Nudge / }));

    expect(notify).toHaveBeenCalledWith({
      color: 'red',
      title: 'Could not send the reminder',
      message: 'No scorecard is owed by this interviewer',
    });
  });

  it('should say when nothing is outstanding', () => {
    renderWithProviders(
      <OutstandingScorecardsTable timeZone="UTC" outstanding={[]} />,
    );

    expect(screen.getByText('No scorecards are outstanding.')).toBeTruthy();
  });
});
