import { type FormEvent, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';

import { timeZoneLabel } from '@panelwise/domain-scheduling';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { useBookingConflicts } from '@web/modules/scheduling/hooks/useBookingConflicts';
import type { SessionDetail } from '@web/modules/scheduling/hooks/useSession';
import { useSessionActions } from '@web/modules/scheduling/hooks/useSessionActions';
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
import {
  formatTimeRange,
  zonedParts,
  zonedTimeToUtc,
} from '@web/modules/shared/utils/timeZoneDisplay';

import { BookingRuleNotice } from './BookingRuleNotice';

export type RescheduleModalProps = {
  session: SessionDetail;
  viewerZone: string;
  isOpen: boolean;
  onClose: () => void;
};

/**
 * Moves the session. The new time is checked against the booking rule before
 * it is sent; a coordinator may book a breach anyway with a reason. When the
 * team's reschedule policy refuses, offers a coordinator override.
 */
export function RescheduleModal({
  session,
  viewerZone,
  isOpen,
  onClose,
}: RescheduleModalProps) {
  const { reschedule, isRescheduling } = useSessionActions();
  const zone = session.timeZone;
  const current = zonedParts(session.startsAt, zone);
  const currentDuration = Math.round(
    (Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000,
  );
  const [date, setDate] = useState(current.dateKey);
  const [time, setTime] = useState(current.time);
  const [duration, setDuration] = useState<number | string>(currentDuration);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<DetailedApiError | null>(null);
  const [override, setOverride] = useState<BookingOverride>(NO_OVERRIDE);
  // Problems of the override, for the planned time they were found on.
  const [overrideProblems, setOverrideProblems] = useState<
    OverrideProblem & { key?: string }
  >({});
  const [refusedKey, setRefusedKey] = useState<string | null>(null);
  const { viewer } = useViewer();
  const isCoordinator = viewer?.role === 'COORDINATOR';

  const startsAt =
    /^\d{2}:\d{2}$/.test(time) && date
      ? zonedTimeToUtc(date, time, zone)
      : null;
  const minutes = Number(duration) || currentDuration;
  const isMoved =
    startsAt !== null &&
    (startsAt.getTime() !== Date.parse(session.startsAt) ||
      minutes !== currentDuration);
  // The session's own time does not count against it (sessionId).
  const preview = useBookingConflicts({
    startsAt: isOpen && isMoved ? startsAt : null,
    durationMinutes: minutes,
    userIds: [],
    sessionId: session.id,
  });
  const plannedKey = JSON.stringify([startsAt?.toISOString(), minutes]);
  const overrideErrors =
    overrideProblems.key === plannedKey ? overrideProblems : {};
  const refusal =
    error?.isNotBookable && refusedKey === plannedKey ? error : null;
  const violations = refusal ? refusal.details.violations : preview.violations;
  const canOverride =
    isCoordinator && (refusal ? refusal.details.canOverride === true : true);

  const submit = async (overridePolicy: boolean) => {
    if (!reason.trim()) {
      setReasonError(
        'Say why the session moves; the panel sees it in the history',
      );

      return;
    }
    if (!startsAt) {
      return;
    }
    setReasonError(null);
    const problem = overrideProblem(violations, canOverride, override);
    setOverrideProblems({ ...problem, key: plannedKey });
    if (problem) {
      return;
    }
    setError(null);
    try {
      await reschedule({
        sessionId: session.id,
        startsAt: startsAt.toISOString(),
        durationMinutes: minutes,
        reason: reason.trim(),
        overridePolicy,
        expectedVersion: session.version,
        ...(violations.length
          ? {
              overrideAvailability: true,
              overrideReason: override.reason.trim(),
            }
          : {}),
      });
      onClose();
    } catch (rescheduleError) {
      const apiError = toDetailedApiError(rescheduleError);
      if (apiError.field === 'overrideReason') {
        setOverrideProblems({ reason: apiError.message, key: plannedKey });

        return;
      }
      setRefusedKey(apiError.isNotBookable ? plannedKey : null);
      setError(apiError);
    }
  };

  return (
    <Modal
      opened={isOpen}
      onClose={onClose}
      title="Reschedule session"
      centered
      size="lg"
    >
      <form
        aria-label="Reschedule session"
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          void submit(false);
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            Now: {formatTimeRange(session.startsAt, session.endsAt, zone)}
          </Text>
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={`New date (${timeZoneLabel(zone)})`}
              value={date}
              required
              onChange={(event) => setDate(event.currentTarget.value)}
            />
            <TextInput
              type="time"
              label={`New start time (${timeZoneLabel(zone)})`}
              value={time}
              required
              onChange={(event) => setTime(event.currentTarget.value)}
            />
            <NumberInput
              label="Duration (minutes)"
              min={5}
              max={600}
              step={15}
              allowDecimal={false}
              value={duration}
              onChange={setDuration}
            />
          </Group>
          {startsAt && zone !== viewerZone ? (
            <Text size="sm" c="dimmed">
              In your time zone:{' '}
              {formatTimeRange(
                startsAt,
                new Date(startsAt.getTime() + minutes * 60_000),
                viewerZone,
              )}
            </Text>
          ) : null}
          <Textarea
            label="Reason"
            required
            autosize
            minRows={2}
            value={reason}
            error={reasonError}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <BookingRuleNotice
            violations={violations}
            panelIds={session.panel.map((panelist) => panelist.user.id)}
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
          {preview.isChecking ? (
            <Text size="sm" c="dimmed" role="status">
              Checking the panel’s calendars…
            </Text>
          ) : null}
          {error?.isReschedulePolicy ? (
            <Alert
              color="orange"
              role="alert"
              title="The reschedule policy blocks this move"
            >
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{error.message}</Text>
                {error.details.canOverride ? (
                  <Button
                    color="orange"
                    size="xs"
                    loading={isRescheduling}
                    onClick={() => void submit(true)}
                  >
                    Override policy and reschedule
                  </Button>
                ) : null}
              </Stack>
            </Alert>
          ) : null}
          {error && !error.isReschedulePolicy && !error.isNotBookable ? (
            <Alert color="red" role="alert" title="Could not reschedule">
              {error.code === 'CONFLICT' && error.details.clashingSessionId
                ? `${error.message.replace(/ at \S+Z$/, '')} at that time.`
                : error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button
              type="submit"
              loading={isRescheduling && !error}
              disabled={!startsAt}
            >
              Reschedule
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
