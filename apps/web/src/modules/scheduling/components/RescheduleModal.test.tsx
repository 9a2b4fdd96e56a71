import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { useBookingConflicts } from '@web/modules/scheduling/hooks/useBookingConflicts';
import type { SessionDetail } from '@web/modules/scheduling/hooks/useSession';
import { useSessionActions } from '@web/modules/scheduling/hooks/useSessionActions';
import type { BookingViolation } from '@web/modules/scheduling/utils/bookingViolations';
import { DetailedApiError } from '@web/modules/scheduling/utils/detailedApiError';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';
import { viewerFixture } from '@web/testing/viewerFixtures';

import { RescheduleModal } from './RescheduleModal';

vi.mock('@web/modules/auth/hooks/useViewer', () => ({ useViewer: vi.fn() }));
vi.mock('@web/modules/scheduling/hooks/useBookingConflicts', () => ({
  useBookingConflicts: vi.fn(),
}));
vi.mock('@web/modules/scheduling/hooks/useSessionActions', () => ({
  useSessionActions: vi.fn(),
}));

const reschedule = vi.fn();

const SESSION: SessionDetail = {
  id: 'session-1',
  startsAt: '2030-03-04T14:00:00.000Z',
  endsAt: '2030-03-04T15:00:00.000Z',
  timeZone: 'UTC',
  location: '',
  status: 'SCHEDULED',
  version: 3,
  sequence: 0,
  rescheduleCount: 0,
  kitId: 'kit-1',
  kitName: 'Backend screen',
  candidate: {
    id: 'candidate-1',
    name: 'Sam Scheduling',
    email: 'sam@example.test',
    targetRole: 'Backend engineer',
  },
  panel: [
    {
      role: 'LEAD',
      user: {
        id: 'user-ana',
        name: 'Ana Lopez',
        email: 'ana@panelwise.test',
        timeZone: 'America/New_York',
      },
    },
  ],
  history: [],
};

const OUTSIDE: BookingViolation = {
  userId: 'user-ana',
  name: 'Ana Lopez',
  rule: 'OUTSIDE_AVAILABILITY',
  detail: 'is not available Mon 2030-03-04 04:00–05:00 (America/New_York)',
};
const NOTICE: BookingViolation = {
  userId: null,
  name: null,
  rule: 'MINIMUM_NOTICE',
  detail: "starts sooner than the team's minimum notice of 60 minutes",
};
const OVERLAP: BookingViolation = {
  userId: 'user-ana',
  name: 'Ana Lopez',
  rule: 'OVERLAP',
  detail:
    'already has a session during Mon 2030-03-04 04:00–05:00 (America/New_York)',
};

function givenPreview(violations: BookingViolation[]) {
  vi.mocked(useBookingConflicts).mockReturnValue({
    violations,
    isChecking: false,
  });
}

function givenViewer(role: 'COORDINATOR' | 'INTERVIEWER') {
  vi.mocked(useViewer).mockReturnValue({
    viewer: viewerFixture(role),
    isLoading: false,
    isUnauthenticated: false,
    error: null,
    retry: () => undefined,
  });
}

async function moveTo(time: string) {
  // No pause between keystrokes: the reasons are long.
  const user = userEvent.setup({ delay: null });
  renderWithProviders(
    <RescheduleModal
      session={SESSION}
      viewerZone="UTC"
      isOpen
      onClose={() => undefined}
    />,
  );
  const start = screen.getByLabelText(/^New start time/);
  await user.clear(start);
  await user.type(start, time);
  await user.type(screen.getByLabelText(/^Reason/), 'Candidate asked');

  return user;
}

describe(RescheduleModal.name, () => {
  beforeEach(() => {
    reschedule.mockReset().mockResolvedValue(undefined);
    vi.mocked(useSessionActions).mockReturnValue({
      reschedule,
      cancel: vi.fn(),
      markNoShow: vi.fn(),
      isRescheduling: false,
      isCancelling: false,
      isMarkingNoShow: false,
    });
    givenViewer('COORDINATOR');
    givenPreview([]);
  });

  it('should check the new time against the booking rule for this session', async () => {
    await moveTo('09:00');

    expect(useBookingConflicts).toHaveBeenLastCalledWith({
      startsAt: new Date('2030-03-04T09:00:00.000Z'),
      durationMinutes: 60,
      userIds: [],
      sessionId: 'session-1',
    });
  });

  it('should name each person and rule the new time breaks before moving it', async () => {
    givenPreview([OUTSIDE, NOTICE]);
    await moveTo('09:00');

    const notice = screen.getByTestId('booking-rule-notice');
    expect(notice.textContent).toContain('This time breaks the booking rule');
    const lines = within(
      within(notice).getByRole('list', { name: 'Booking rule conflicts' }),
    ).getAllByRole('listitem');
    expect(lines.map((line) => line.textContent)).toEqual([
      'Outside availability: Ana Lopez is not available Mon 2030-03-04 04:00–05:00 (America/New_York)',
      "Minimum notice: The session starts sooner than the team's minimum notice of 60 minutes",
    ]);
  });

  it('should not move a conflicting time until "Book anyway" is ticked with a reason', async () => {
    givenPreview([OUTSIDE]);
    const user = await moveTo('09:00');

    await user.click(screen.getByRole('button', { name: 'Reschedule' }));
    expect(
      screen.getByText(
        'Tick “Book anyway” and give a reason, or pick another time.',
      ),
    ).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: /Book anyway/ }));
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));
    expect(
      screen.getByText(
        'Say why this time is booked anyway; it is kept in the session history.',
      ),
    ).toBeTruthy();
    expect(reschedule).not.toHaveBeenCalled();

    await user.type(
      screen.getByLabelText(/^Reason for booking anyway/),
      '  Only slot before the offer deadline ',
    );
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));

    expect(reschedule).toHaveBeenCalledWith({
      sessionId: 'session-1',
      startsAt: '2030-03-04T09:00:00.000Z',
      durationMinutes: 60,
      reason: 'Candidate asked',
      overridePolicy: false,
      expectedVersion: 3,
      overrideAvailability: true,
      overrideReason: 'Only slot before the offer deadline',
    });
  });

  it('should drop the reminder to tick "Book anyway" once another time is chosen', async () => {
    givenPreview([OUTSIDE]);
    const user = await moveTo('09:00');
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));
    expect(screen.queryByText(/^Tick “Book anyway”/)).not.toBeNull();

    const start = screen.getByLabelText(/^New start time/);
    await user.clear(start);
    await user.type(start, '10:00');

    expect(screen.queryByText(/^Tick “Book anyway”/)).toBeNull();
  });

  it('should move a bookable time without an override', async () => {
    const user = await moveTo('16:00');

    await user.click(screen.getByRole('button', { name: 'Reschedule' }));

    expect(reschedule).toHaveBeenCalledWith(
      expect.not.objectContaining({ overrideAvailability: true }),
    );
    expect(screen.queryByRole('checkbox', { name: /Book anyway/ })).toBeNull();
  });

  it('should offer no override for a double booking', async () => {
    givenPreview([OVERLAP, OUTSIDE]);
    const user = await moveTo('09:00');

    expect(
      screen.getByText('Double booking: the panel is busy at this time'),
    ).toBeTruthy();
    expect(
      screen.getByText(/A double booking cannot be overridden/),
    ).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Book anyway/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));

    expect(reschedule).not.toHaveBeenCalled();
  });

  it('should never offer the override to an interviewer', async () => {
    givenViewer('INTERVIEWER');
    givenPreview([OUTSIDE]);
    const user = await moveTo('09:00');

    expect(screen.queryByRole('checkbox', { name: /Book anyway/ })).toBeNull();
    expect(screen.getByText(/Booking will be refused/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));

    expect(reschedule).not.toHaveBeenCalled();
  });

  it('should show the server’s violations the same way when it refuses a time the preview passed', async () => {
    reschedule.mockRejectedValueOnce(
      new DetailedApiError(
        new ApiError('CONFLICT', 'This time is not bookable', 'startsAt'),
        {
          reason: 'NOT_BOOKABLE',
          canOverride: true,
          violations: [
            {
              userId: 'user-ana',
              name: 'Ana Lopez',
              rule: 'DAILY_CAP',
              detail:
                'already has 3 sessions on 2030-03-04 (America/New_York), their daily cap is 3',
            },
          ],
          problems: [],
        },
      ),
    );
    const user = await moveTo('16:00');

    await user.click(screen.getByRole('button', { name: 'Reschedule' }));

    const refusal = await screen.findByTestId('booking-rule-notice');
    expect(refusal.getAttribute('role')).toBe('alert');
    expect(refusal.textContent).toContain(
      'Not booked: this time breaks the booking rule',
    );
    expect(refusal.textContent).toContain(
      'Daily cap: Ana Lopez already has 3 sessions on 2030-03-04 (America/New_York), their daily cap is 3',
    );
    await user.click(screen.getByRole('checkbox', { name: /Book anyway/ }));
    await user.type(
      screen.getByLabelText(/^Reason for booking anyway/),
      'Ana agreed to a fourth',
    );
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));

    expect(reschedule).toHaveBeenLastCalledWith(
      expect.objectContaining({
        overrideAvailability: true,
        overrideReason: 'Ana agreed to a fourth',
      }),
    );
  });
});
