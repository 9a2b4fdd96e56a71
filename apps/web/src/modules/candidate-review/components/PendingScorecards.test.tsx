import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useNudgeInterviewer } from '@web/modules/candidate-review/hooks/useNudgeInterviewer';
import { notify } from '@web/modules/shared/utils/notify';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { PendingScorecards } from './PendingScorecards';

vi.mock('@web/modules/candidate-review/hooks/useNudgeInterviewer', () => ({
  useNudgeInterviewer: vi.fn(),
}));
vi.mock('@web/modules/shared/utils/notify', () => ({ notify: vi.fn() }));

const nudgeInterviewer = vi.fn();

describe(PendingScorecards.name, () => {
  beforeEach(() => {
    nudgeInterviewer.mockReset();
    vi.mocked(useNudgeInterviewer).mockReturnValue({
      nudgeInterviewer,
      isNudging: false,
    });
  });

  it('should remind the interviewer and say so', async () => {
    nudgeInterviewer.mockResolvedValue(undefined);
    const user = userEvent.setup();
    renderWithProviders(
      <PendingScorecards
        timeZone="UTC"
        pending={[
          {
            sessionId: 'session-1',
            interviewer: { id: 'user-ben', name: 'Ben Interviewer' },
            endedAt: '2026-03-01T10:00:00.000Z',
            hasDraft: true,
          },
        ]}
      />,
    );

    expect(screen.getByText('Draft started')).toBeTruthy();
    await user.click(
      screen.getByRole('button', { name: 'Nudge Ben Interviewer' }),
    );

    expect(nudgeInterviewer).toHaveBeenCalledWith({
      sessionId: 'session-1',
      interviewerId: 'user-ben',
    });
    expect(notify).toHaveBeenCalledWith({
      color: 'green',
      message: 'Reminder sent to Ben Interviewer',
    });
    expect(
      screen
        .getByRole('button', { name: 'Reminder sent to Ben Interviewer' })
        .hasAttribute('disabled'),
    ).toBe(true);
  });
});
