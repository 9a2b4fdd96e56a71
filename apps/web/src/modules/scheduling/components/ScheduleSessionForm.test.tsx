import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { useBookingConflicts } from '@web/modules/scheduling/hooks/useBookingConflicts';
import { useFindSlots } from '@web/modules/scheduling/hooks/useFindSlots';
import { useOverlappingSessions } from '@web/modules/scheduling/hooks/useOverlappingSessions';
import { useScheduleSession } from '@web/modules/scheduling/hooks/useScheduleSession';
import {
  useCandidateSearch,
  useSchedulingOptions,
} from '@web/modules/scheduling/hooks/useSchedulingOptions';
import type { BookingViolation } from '@web/modules/scheduling/utils/bookingViolations';
import { renderWithProviders } from '@web/testing/renderWithProviders';
import { viewerFixture } from '@web/testing/viewerFixtures';

import { ScheduleSessionForm } from './ScheduleSessionForm';

vi.mock('@web/modules/auth/hooks/useViewer', () => ({ useViewer: vi.fn() }));
vi.mock('@web/modules/scheduling/hooks/useBookingConflicts', async (load) => ({
  ...(await load<object>()),
  useBookingConflicts: vi.fn(),
}));
vi.mock('@web/modules/scheduling/hooks/useFindSlots', () => ({
  useFindSlots: vi.fn(),
}));
vi.mock('@web/modules/scheduling/hooks/useOverlappingSessions', () => ({
  useOverlappingSessions: vi.fn(),
}));
vi.mock('@web/modules/scheduling/hooks/useScheduleSession', () => ({
  useScheduleSession: vi.fn(),
}));
vi.mock('@web/modules/scheduling/hooks/useSchedulingOptions', () => ({
  useSchedulingOptions: vi.fn(),
  useCandidateSearch: vi.fn(),
}));

const scheduleSession = vi.fn();
const onScheduled = vi.fn();

const CANDIDATE = {
  id: 'candidate-1',
  name: 'Sam Scheduling',
  email: 'sam@example.test',
  targetRole: 'Backend engineer',
};
const ANA = {
  id: 'user-ana',
  name: 'Ana Lopez',
  email: 'ana@panelwise.test',
  timeZone: 'UTC',
};
const WEEKEND: BookingViolation = {
  userId: 'user-ana',
  name: 'Ana Lopez',
  rule: 'OUTSIDE_AVAILABILITY',
  detail: 'is not available Sat 2030-03-02 09:00–10:00 (UTC)',
};

async function fillForm() {
  const user = userEvent.setup({ delay: null });
  renderWithProviders(
    <ScheduleSessionForm viewerZone="UTC" onScheduled={onScheduled} />,
  );
  // Typing opens a searchable select's options (a click alone does not in jsdom).
  await user.type(screen.getByRole('combobox', { name: 'Candidate' }), 'S');
  await user.click(await screen.findByRole('option', { name: /^Sam/ }));
  await user.type(screen.getByRole('combobox', { name: 'Interview kit' }), 'B');
  await user.click(await screen.findByRole('option', { name: /^Backend/ }));
  await user.type(
    screen.getByRole('combobox', { name: 'Add interviewer' }),
    'A',
  );
  await user.click(await screen.findByRole('option', { name: /^Ana Lopez/ }));
  fireEvent.change(screen.getByLabelText(/^Date/), {
    target: { value: '2030-03-02' },
  });
  fireEvent.change(screen.getByLabelText(/^Start time/), {
    target: { value: '09:00' },
  });

  return user;
}

// The whole form re-renders on every keystroke: slow on a loaded machine.
describe(ScheduleSessionForm.name, { timeout: 90_000 }, () => {
  beforeEach(() => {
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
      members: [ANA],
      kits: [
        {
          id: 'kit-1',
          name: 'Backend screen',
          targetRole: 'Backend engineer',
          totalMinutes: 60,
        },
      ],
      isLoading: false,
      error: null,
    });
    vi.mocked(useCandidateSearch).mockReturnValue({
      candidates: [CANDIDATE],
      isSearching: false,
    });
    vi.mocked(useScheduleSession).mockReturnValue({
      scheduleSession,
      isScheduling: false,
    });
    vi.mocked(useOverlappingSessions).mockReturnValue({
      clashes: [],
      isChecking: false,
    });
    vi.mocked(useFindSlots).mockReturnValue({
      findSlots: vi.fn().mockResolvedValue([]),
      isSearching: false,
    });
    vi.mocked(useBookingConflicts).mockImplementation((request) => ({
      violations: request.startsAt ? [WEEKEND] : [],
      isChecking: false,
    }));
  });

  it('should preview the conflicts, then book only with "Book anyway" and a reason, sending both', async () => {
    const user = await fillForm();

    expect(useBookingConflicts).toHaveBeenLastCalledWith({
      startsAt: new Date('2030-03-02T09:00:00.000Z'),
      durationMinutes: 60,
      userIds: ['user-ana'],
    });
    expect(screen.getByTestId('booking-rule-notice').textContent).toContain(
      'Outside availability: Ana Lopez is not available Sat 2030-03-02 09:00–10:00 (UTC)',
    );
    await user.click(screen.getByRole('button', { name: 'Book session' }));
    expect(
      screen.getByText(
        'Tick “Book anyway” and give a reason, or pick another time.',
      ),
    ).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: /Book anyway/ }));
    fireEvent.change(screen.getByLabelText(/^Reason for booking anyway/), {
      target: { value: ' Ana offered her Saturday ' },
    });
    await user.click(screen.getByRole('button', { name: 'Book session' }));

    expect(scheduleSession).toHaveBeenCalledWith({
      candidateId: 'candidate-1',
      kitId: 'kit-1',
      startsAt: '2030-03-02T09:00:00.000Z',
      durationMinutes: 60,
      timeZone: 'UTC',
      location: '',
      panel: [{ userId: 'user-ana', role: 'LEAD' }],
      overrideAvailability: true,
      overrideReason: 'Ana offered her Saturday',
    });
    expect(onScheduled).toHaveBeenCalledWith({ id: 'session-new' });
  });

  it('should start with the candidate it was opened for (the candidate page\u2019s Schedule action)', () => {
    renderWithProviders(
      <ScheduleSessionForm
        viewerZone="UTC"
        initialCandidate={CANDIDATE}
        onScheduled={onScheduled}
      />,
    );

    expect(
      screen.getByRole<HTMLInputElement>('combobox', { name: 'Candidate' })
        .value,
    ).toBe('Sam Scheduling · Backend engineer');
  });
});
