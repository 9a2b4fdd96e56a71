import { type FormEvent, useState } from 'react';
import {
  Alert,
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';

import { timeZoneLabel } from '@panelwise/domain-scheduling';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import {
  MAX_DURATION_MINUTES,
  MIN_DURATION_MINUTES,
  useBookingConflicts,
} from '@web/modules/scheduling/hooks/useBookingConflicts';
import type { SessionDetail } from '@web/modules/scheduling/hooks/useSession';
import { useOverlappingSessions } from '@web/modules/scheduling/hooks/useOverlappingSessions';
import { useScheduleSession } from '@web/modules/scheduling/hooks/useScheduleSession';
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
  formatTimeRange,
  zonedParts,
  zonedTimeToUtc,
} from '@web/modules/shared/utils/timeZoneDisplay';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { TimeZoneSelect } from '@web/modules/shared/components/TimeZoneSelect';

import { CandidatePicker } from './CandidatePicker';
import { BookingRuleNotice } from './BookingRuleNotice';
import { BookingConflict } from './ClashNotice';
import { PanelEditor, type PanelSeat } from './PanelEditor';
import { SlotFinder, type SlotMode } from './SlotFinder';

export type ScheduleSessionFormProps = {
  viewerZone: string;
  /** Preselected, e.g. when opened from the candidate's page. */
  initialCandidate?: CandidateOption | null;
  onScheduled: (session: SessionDetail) => void;
};

type FieldErrors = Partial<
  Record<'candidate' | 'kit' | 'panel' | 'start' | 'duration', string>
>;

const TIME_PATTERN = /^\d{2}:\d{2}$/;

export function ScheduleSessionForm({
  viewerZone,
  initialCandidate = null,
  onScheduled,
}: ScheduleSessionFormProps) {
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
  const [errors, setErrors] = useState<FieldErrors>({});
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
  const panelPeople = members.filter((member) => panelIds.includes(member.id));
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

  if (optionsError) {
    return (
      <ErrorState
        title="Could not load the team and kits"
        message={optionsError.message}
      />
    );
  }

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

  const validate = (): FieldErrors => {
    const found: FieldErrors = {};
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

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
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

  return (
    <form
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      aria-label="New session"
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="lg">
            <Paper
              withBorder
              radius="md"
              p="lg"
              component="section"
              aria-labelledby="what-heading"
            >
              <Title order={2} size="h3" id="what-heading" mb="sm">
                Who and what
              </Title>
              <Stack gap="sm">
                <CandidatePicker
                  value={candidate}
                  error={errors.candidate}
                  onChange={setCandidate}
                />
                <Select
                  label="Interview kit"
                  required
                  searchable
                  placeholder={
                    isLoading
                      ? 'Loading kits…'
                      : kits.length
                        ? 'Choose a kit'
                        : 'No kits yet: create one under Interview kits'
                  }
                  data={kits.map((kit) => ({
                    value: kit.id,
                    label: `${kit.name} · ${kit.targetRole}`,
                  }))}
                  value={kitId}
                  error={errors.kit}
                  onChange={(id) => {
                    setKitId(id);
                    const kit = kits.find((option) => option.id === id);
                    // The kit's planned minutes are the natural length.
                    if (kit && kit.totalMinutes > 0) {
                      setDuration(kit.totalMinutes);
                    }
                  }}
                />
                <PanelEditor
                  members={members}
                  panel={panel}
                  error={errors.panel}
                  onChange={setPanel}
                />
              </Stack>
            </Paper>

            <Paper
              withBorder
              radius="md"
              p="lg"
              component="section"
              aria-labelledby="when-heading"
            >
              <Title order={2} size="h3" id="when-heading" mb="sm">
                When and where
              </Title>
              <Stack gap="sm">
                <Group grow align="flex-start">
                  <NumberInput
                    label="Duration (minutes)"
                    required
                    min={MIN_DURATION_MINUTES}
                    max={MAX_DURATION_MINUTES}
                    step={15}
                    allowDecimal={false}
                    value={duration}
                    error={errors.duration}
                    onChange={setDuration}
                  />
                  <TimeZoneSelect
                    label="Session time zone"
                    description={null}
                    hasReadableLabels
                    nothingFoundMessage="No such time zone"
                    maxDropdownHeight={280}
                    limit={Infinity}
                    value={timeZone}
                    onChange={(zone) => {
                      // Keep the same instant: rewrite the wall time in the new zone.
                      if (startsAt) {
                        const local = zonedParts(startsAt, zone);
                        setDate(local.dateKey);
                        setTime(local.time);
                      }
                      setTimeZone(zone);
                    }}
                  />
                </Group>
                <Group grow align="flex-start">
                  <TextInput
                    type="date"
                    label="Date"
                    description={`In ${timeZoneLabel(timeZone)}`}
                    required
                    value={date}
                    error={errors.start}
                    onChange={(event) => setDate(event.currentTarget.value)}
                  />
                  <TextInput
                    type="time"
                    label="Start time"
                    description={`In ${timeZoneLabel(timeZone)}`}
                    required
                    value={time}
                    onChange={(event) => setTime(event.currentTarget.value)}
                  />
                </Group>
                {startsAt && endsAt ? (
                  <Text size="sm" data-testid="planned-time">
                    {formatTimeRange(startsAt, endsAt, viewerZone)}
                    {timeZone !== viewerZone
                      ? ` · ${formatTimeRange(startsAt, endsAt, timeZone)}`
                      : ''}
                  </Text>
                ) : null}
                <TextInput
                  label="Location or meeting link"
                  placeholder="Room 4.2, or https://meet.example.com/…"
                  value={location}
                  onChange={(event) => setLocation(event.currentTarget.value)}
                />
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <SlotFinder
            people={panelPeople}
            durationMinutes={minutes || 60}
            viewerZone={viewerZone}
            selectedStart={startsAt?.toISOString() ?? null}
            onPick={pickSlot}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Stack gap="sm">
            {bookingError && !bookingError.isNotBookable ? null : (
              <BookingRuleNotice
                violations={violations}
                clashes={clashes}
                panelIds={panelIds}
                viewerZone={viewerZone}
                canOverride={canOverride}
                override={override}
                onOverrideChange={(next) => {
                  setOverride(next);
                  setOverrideProblems({});
                }}
                reasonError={overrideErrors.reason}
                error={overrideErrors.notice}
                isRefusal={refusal !== null}
              />
            )}
            {preview.isChecking ? (
              <Text size="sm" c="dimmed" role="status">
                Checking the panel’s calendars…
              </Text>
            ) : null}
            {bookingError?.code === 'CONFLICT' &&
            !bookingError.isNotBookable ? (
              <BookingConflict
                message={bookingError.message}
                clashingSessionId={
                  bookingError.details.clashingSessionId ?? null
                }
                panelIds={panelIds}
                viewerZone={viewerZone}
              />
            ) : null}
            {bookingError && bookingError.code !== 'CONFLICT' ? (
              <Alert
                color="red"
                role="alert"
                title="Could not book the session"
              >
                {bookingError.message}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" loading={isScheduling}>
                Book session
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}
