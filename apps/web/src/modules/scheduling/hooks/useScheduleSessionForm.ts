import { useState } from 'react';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import type { PanelSeat } from '@web/modules/scheduling/components/PanelEditor';
import type { SlotMode } from '@web/modules/scheduling/components/SlotFinder';
import {
  MAX_DURATION_MINUTES,
  MIN_DURATION_MINUTES,
  useBookingConflicts,
} from '@web/modules/scheduling/hooks/useBookingConflicts';
import { useOverlappingSessions } from '@web/modules/scheduling/hooks/useOverlappingSessions';
import { useScheduleSession } from '@web/modules/scheduling/hooks/useScheduleSession';
import type { SessionDetail } from '@web/modules/scheduling/hooks/useSession';
import {
  type CandidateOption,
  useSchedulingOptions,
} from '@web/modules/scheduling/hooks/useSchedulingOptions';
import {
  type BookingOverride,
  NO_OVERRIDE,
  type OverrideProblem,
  overrideProblem,
} from '@web/modules/scheduling/utils/bookingOverride';
import {
  type DetailedApiError,
  toDetailedApiError,
} from '@web/modules/scheduling/utils/detailedApiError';
import type { FoundSlot } from '@web/modules/scheduling/utils/slotGrouping';
import {
  zonedParts,
  zonedTimeToUtc,
} from '@web/modules/shared/utils/timeZoneDisplay';

export type ScheduleSessionFieldErrors = Partial<
  Record<'candidate' | 'kit' | 'panel' | 'start' | 'duration', string>
>;

export type UseScheduleSessionFormArgs = {
  viewerZone: string;
  initialCandidate?: CandidateOption | null;
  onScheduled: (session: SessionDetail) => void;
};

const TIME_PATTERN = /^\d{2}:\d{2}$/;

/**
 * The new-session form's state: who, what, when and where; the booking rule's
 * preview and the server's refusal for the planned time; the coordinator's
 * override; validation and the booking itself.
 */
export function useScheduleSessionForm({
  viewerZone,
  initialCandidate = null,
  onScheduled,
}: UseScheduleSessionFormArgs) {
  const {
    members,
    kits,
    isLoading,
    error: optionsError,
  } = useSchedulingOptions();
  const { scheduleSession, isScheduling } = useScheduleSession();
  const [candidate, setCandidate] = useState<CandidateOption | null>(
    initialCandidate,
  );
  const [kitId, setKitId] = useState<string | null>(null);
  const [duration, setDuration] = useState<number | string>(60);
  const [timeZone, setTimeZone] = useState(viewerZone);
  const [location, setLocation] = useState('');
  const [panel, setPanel] = useState<PanelSeat[]>([]);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [errors, setErrors] = useState<ScheduleSessionFieldErrors>({});
  const [bookingError, setBookingError] = useState<DetailedApiError | null>(
    null,
  );
  const [override, setOverride] = useState<BookingOverride>(NO_OVERRIDE);
  // Problems of the override, for the planned time they were found on.
  const [overrideProblems, setOverrideProblems] = useState<
    OverrideProblem & { key?: string }
  >({});
  /** The planned booking a NOT_BOOKABLE refusal answered. */
  const [refusedKey, setRefusedKey] = useState<string | null>(null);
  const { viewer } = useViewer();
  const isCoordinator = viewer?.role === 'COORDINATOR';

  const minutes = Number(duration) || 0;
  const startsAt =
    date && TIME_PATTERN.test(time)
      ? zonedTimeToUtc(date, time, timeZone)
      : null;
  const endsAt =
    startsAt && minutes > 0
      ? new Date(startsAt.getTime() + minutes * 60_000)
      : null;
  const panelIds = panel.map((seat) => seat.userId);
  const { clashes } = useOverlappingSessions(startsAt, endsAt, panelIds);
  const preview = useBookingConflicts({
    startsAt,
    durationMinutes: minutes,
    userIds: panelIds,
  });
  const plannedKey = JSON.stringify([
    startsAt?.toISOString(),
    minutes,
    panelIds,
  ]);
  const overrideErrors =
    overrideProblems.key === plannedKey ? overrideProblems : {};
  // The server's refusal stands for the time it refused; a new time is checked again.
  const refusal =
    bookingError?.isNotBookable && refusedKey === plannedKey
      ? bookingError
      : null;
  const violations = refusal ? refusal.details.violations : preview.violations;
  const canOverride =
    isCoordinator && (refusal ? refusal.details.canOverride === true : true);

  const chooseKit = (id: string | null) => {
    setKitId(id);
    const kit = kits.find((option) => option.id === id);
    // The kit's planned minutes are the natural length.
    if (kit && kit.totalMinutes > 0) {
      setDuration(kit.totalMinutes);
    }
  };

  const changeTimeZone = (zone: string) => {
    // Keep the same instant: rewrite the wall time in the new zone.
    if (startsAt) {
      const local = zonedParts(startsAt, zone);
      setDate(local.dateKey);
      setTime(local.time);
    }
    setTimeZone(zone);
  };

  const changeOverride = (next: BookingOverride) => {
    setOverride(next);
    setOverrideProblems({});
  };

  const pickSlot = (slot: FoundSlot, mode: SlotMode) => {
    const local = zonedParts(slot.start, timeZone);
    setDate(local.dateKey);
    setTime(local.time);
    setBookingError(null);
    setErrors((current) => ({ ...current, start: undefined }));
    if (mode === 'pool') {
      // The slot names who is free: they become the panel, keeping known roles.
      const seats = slot.interviewers.map(
        (person): PanelSeat =>
          panel.find((seat) => seat.userId === person.id) ?? {
            userId: person.id,
            role: 'CO_INTERVIEWER',
          },
      );
      if (!seats.some((seat) => seat.role === 'LEAD') && seats[0]) {
        seats[0] = { ...seats[0], role: 'LEAD' };
      }
      setPanel(seats);
    }
  };

  const validate = (): ScheduleSessionFieldErrors => {
    const found: ScheduleSessionFieldErrors = {};
    if (!candidate) {
      found.candidate = 'Choose the candidate';
    }
    if (!kitId) {
      found.kit = 'Choose the interview kit';
    }
    if (!panel.length) {
      found.panel = 'Add at least one interviewer';
    } else if (panel.filter((seat) => seat.role === 'LEAD').length !== 1) {
      found.panel = 'The panel needs exactly one lead';
    }
    if (!startsAt) {
      found.start = 'Choose a date and a start time (HH:MM), or pick a slot';
    }
    if (minutes < MIN_DURATION_MINUTES || minutes > MAX_DURATION_MINUTES) {
      found.duration = `Between ${MIN_DURATION_MINUTES} and ${MAX_DURATION_MINUTES} minutes`;
    }

    return found;
  };

  const submit = async () => {
    setBookingError(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length || !candidate || !kitId || !startsAt) {
      return;
    }
    const problem = overrideProblem(violations, canOverride, override);
    setOverrideProblems({ ...problem, key: plannedKey });
    if (problem) {
      return;
    }
    const isOverriding = violations.length > 0;
    try {
      const session = await scheduleSession({
        candidateId: candidate.id,
        kitId,
        startsAt: startsAt.toISOString(),
        durationMinutes: minutes,
        timeZone,
        location: location.trim(),
        panel,
        ...(isOverriding
          ? {
              overrideAvailability: true,
              overrideReason: override.reason.trim(),
            }
          : {}),
      });
      onScheduled(session);
    } catch (scheduleError) {
      const apiError = toDetailedApiError(scheduleError);
      if (apiError.field?.startsWith('panel')) {
        setErrors({ panel: apiError.message });
      } else if (apiError.field === 'overrideReason') {
        setOverrideProblems({ reason: apiError.message, key: plannedKey });
      } else {
        setRefusedKey(apiError.isNotBookable ? plannedKey : null);
        setBookingError(apiError);
      }
    }
  };

  return {
    members,
    kits,
    isLoading,
    optionsError,
    candidate,
    setCandidate,
    kitId,
    chooseKit,
    duration,
    setDuration,
    minutes,
    timeZone,
    changeTimeZone,
    date,
    setDate,
    time,
    setTime,
    location,
    setLocation,
    panel,
    setPanel,
    panelIds,
    /** The panel's members, for the slot finder. */
    panelPeople: members.filter((member) => panelIds.includes(member.id)),
    startsAt,
    endsAt,
    errors,
    pickSlot,
    /** The booking rule as it stands for the planned time. */
    booking: {
      violations,
      clashes,
      canOverride,
      override,
      overrideErrors,
      isRefusal: refusal !== null,
      isChecking: preview.isChecking,
      /** The last booking's failure, when it was not the rule's refusal. */
      error: bookingError,
    },
    changeOverride,
    submit,
    isScheduling,
  };
}

export type ScheduleSessionFormState = ReturnType<
  typeof useScheduleSessionForm
>;
