import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { useBookingConflicts } from '@web/modules/scheduling/hooks/useBookingConflicts';
import { useOverlappingSessions } from '@web/modules/scheduling/hooks/useOverlappingSessions';
import { useScheduleSession } from '@web/modules/scheduling/hooks/useScheduleSession';
import { useSchedulingOptions } from '@web/modules/scheduling/hooks/useSchedulingOptions';
import type { BookingViolation } from '@web/modules/scheduling/utils/bookingViolations';
import { DetailedApiError } from '@web/modules/scheduling/utils/detailedApiError';
import type { FoundSlot } from '@web/modules/scheduling/utils/slotGrouping';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { viewerFixture } from '@web/testing/viewerFixtures';

import { useScheduleSessionForm } from './useScheduleSessionForm';

vi.mock('@web/modules/auth/hooks/useViewer', () => ({ useViewer: vi.fn() }));
vi.mock('@web/modules/scheduling/hooks/useBookingConflicts', async (load) => ({
  ...(await load<object>()),
  useBookingConflicts: vi.fn(),
}));
vi.mock('@web/modules/scheduling/hooks/useOverlappingSessions', () => ({
  useOverlappingSessions: vi.fn(),
}));
vi.mock('@web/modules/scheduling/hooks/useScheduleSession', () => ({
  useScheduleSession: vi.fn(),
}));
vi.mock('@web/modules/scheduling/hooks/useSchedulingOptions', () => ({
  useSchedulingOptions: vi.fn(),
}));

const scheduleSession = vi.fn();
const onScheduled = vi.fn();

const CANDIDATE = {
  id: 'candidate-1',
  name: 'Sam Scheduling',
  email: 'sam@example.test',
  targetRole: 'Backend engineer',
};
const ANA = { id: 'user-ana', name: 'Ana', email: 'a@x.test', timeZone: 'UTC' };
const BEN = { id: 'user-ben', name: 'Ben', email: 'b@x.test', timeZone: 'UTC' };
const WEEKEND: BookingViolation = {
  userId: 'user-ana',
  name: 'Ana',
  rule: 'OUTSIDE_AVAILABILITY',
  detail: 'is not available Sat 2030-03-02 09:00–10:00 (UTC)',
};

let violations: BookingViolation[] = [];

function renderForm() {
  return renderHook(() =>
    useScheduleSessionForm({
      viewerZone: 'UTC',
      initialCandidate: CANDIDATE,
      onScheduled,
    }),
  );
}

type Form = ReturnType<typeof renderForm>['result'];

function fillIn(result: Form) {
  act(() => result.current.chooseKit('kit-1'));
  act(() => result.current.setPanel([{ userId: ANA.id, role: 'LEAD' }]));
  act(() => result.current.setDate('2030-03-02'));
  act(() => result.current.setTime('09:00'));
}

describe(useScheduleSessionForm.name, () => {
  beforeEach(() => {
    violations = [];
    scheduleSession.mockReset().mockResolvedValue({ id: 'session-new' });
    onScheduled.mockReset();
    vi.mocked(useViewer).mockReturnValue({
      viewer: viewerFixture('COORDINATOR'),
      isLoading: false,
      isUnauthenticated: false,
      error: null,
      retry: () => undefined,
    });
    vi.mocked(useSchedulingOptions).mockReturnValue({
      members: [ANA, BEN],
      kits: [
        {
          id: 'kit-1',
          name: 'Backend screen',
          targetRole: 'Backend engineer',
          totalMinutes: 45,
        },
      ],
      isLoading: false,
      error: null,
    });
    vi.mocked(useScheduleSession).mockReturnValue({
      scheduleSession,
      isScheduling: false,
    });
    vi.mocked(useOverlappingSessions).mockReturnValue({
      clashes: [],
      isChecking: false,
    });
    vi.mocked(useBookingConflicts).mockImplementation((request) => ({
      violations: request.startsAt ? violations : [],
      isChecking: false,
    }));
  });

  it('should name every missing field and not book when submitted empty', async () => {
    const { result } = renderHook(() =>
      useScheduleSessionForm({ viewerZone: 'UTC', onScheduled }),
    );
    act(() => result.current.setDuration(5));

    await act(() => result.current.submit());

    expect(result.current.errors).toEqual({
      candidate: 'Choose the candidate',
      kit: 'Choose the interview kit',
      panel: 'Add at least one interviewer',
      start: 'Choose a date and a start time (HH:MM), or pick a slot',
      duration: 'Between 15 and 480 minutes',
    });
    expect(scheduleSession).not.toHaveBeenCalled();
  });

  it('should ask for exactly one lead', async () => {
    const { result } = renderForm();
    fillIn(result);
    act(() =>
      result.current.setPanel([
        { userId: ANA.id, role: 'CO_INTERVIEWER' },
        { userId: BEN.id, role: 'CO_INTERVIEWER' },
      ]),
    );

    await act(() => result.current.submit());

    expect(result.current.errors.panel).toBe(
      'The panel needs exactly one lead',
    );
  });

  it('should take the kit’s minutes as the length and book with the planned time', async () => {
    const { result } = renderForm();
    fillIn(result);
    act(() => result.current.setLocation('  Room 4.2 '));

    expect(result.current.minutes).toBe(45);
    expect(result.current.endsAt?.toISOString()).toBe(
      '2030-03-02T09:45:00.000Z',
    );

    await act(() => result.current.submit());

    expect(scheduleSession).toHaveBeenCalledWith({
      candidateId: 'candidate-1',
      kitId: 'kit-1',
      startsAt: '2030-03-02T09:00:00.000Z',
      durationMinutes: 45,
      timeZone: 'UTC',
      location: 'Room 4.2',
      panel: [{ userId: ANA.id, role: 'LEAD' }],
    });
    expect(onScheduled).toHaveBeenCalledWith({ id: 'session-new' });
  });

  it('should keep the instant when the session’s time zone changes', () => {
    const { result } = renderForm();
    fillIn(result);

    act(() => result.current.changeTimeZone('Europe/Berlin'));

    expect(result.current.time).toBe('10:00');
    expect(result.current.startsAt?.toISOString()).toBe(
      '2030-03-02T09:00:00.000Z',
    );
  });

  it('should make a pool slot’s free people the panel, with a lead', () => {
    const { result } = renderForm();
    const slot: FoundSlot = {
      start: '2030-03-04T13:30:00.000Z',
      end: '2030-03-04T14:15:00.000Z',
      score: 1,
      interviewers: [BEN, ANA],
    };

    act(() => result.current.pickSlot(slot, 'pool'));

    expect(result.current.date).toBe('2030-03-04');
    expect(result.current.time).toBe('13:30');
    expect(result.current.panel).toEqual([
      { userId: BEN.id, role: 'LEAD' },
      { userId: ANA.id, role: 'CO_INTERVIEWER' },
    ]);
  });

  it('should book over the rule only with "Book anyway" and a reason, sending both', async () => {
    violations = [WEEKEND];
    const { result } = renderForm();
    fillIn(result);

    await act(() => result.current.submit());
    expect(result.current.booking.overrideErrors.notice).toBe(
      'Tick “Book anyway” and give a reason, or pick another time.',
    );

    act(() => result.current.changeOverride({ isChecked: true, reason: '' }));
    await act(() => result.current.submit());
    expect(result.current.booking.overrideErrors.reason).toBeTruthy();
    expect(scheduleSession).not.toHaveBeenCalled();

    act(() =>
      result.current.changeOverride({ isChecked: true, reason: ' Urgent ' }),
    );
    await act(() => result.current.submit());

    expect(scheduleSession).toHaveBeenCalledWith(
      expect.objectContaining({
        overrideAvailability: true,
        overrideReason: 'Urgent',
      }),
    );
  });

  it('should put a panel error from the server on the panel', async () => {
    scheduleSession.mockRejectedValue(
      new DetailedApiError(
        new ApiError('BAD_USER_INPUT', 'Ana is inactive', 'panel.0'),
        { violations: [], problems: [] },
      ),
    );
    const { result } = renderForm();
    fillIn(result);

    await act(() => result.current.submit());

    expect(result.current.errors).toEqual({ panel: 'Ana is inactive' });
    expect(result.current.booking.error).toBeNull();
  });
});
