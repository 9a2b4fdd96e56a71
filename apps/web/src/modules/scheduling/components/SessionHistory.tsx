import { List, Paper, Text, Timeline, Title } from '@mantine/core';

import type { SessionEvent } from '@web/modules/scheduling/hooks/useSession';
import {
  RULE_LABELS,
  violationSentence,
} from '@web/modules/scheduling/utils/bookingViolations';
import { formatTimeRange } from '@web/modules/shared/utils/timeZoneDisplay';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export type SessionHistoryProps = {
  history: SessionEvent[];
  durationMinutes: number;
  viewerZone: string;
};

const KIND_TITLES: Record<string, string> = {
  SCHEDULED: 'Scheduled',
  RESCHEDULED: 'Rescheduled',
  CANCELLED: 'Cancelled',
  NO_SHOW: 'No-show',
};

function describe(
  event: SessionEvent,
  durationMinutes: number,
  zone: string,
): string | null {
  const span = (start: string) =>
    formatTimeRange(
      start,
      new Date(Date.parse(start) + durationMinutes * 60_000),
      zone,
    );
  if (
    event.kind === 'RESCHEDULED' &&
    event.previousStartsAt &&
    event.newStartsAt
  ) {
    return `Moved from ${span(event.previousStartsAt)} to ${span(event.newStartsAt)}`;
  }
  if (event.kind === 'SCHEDULED' && event.newStartsAt) {
    return `For ${span(event.newStartsAt)}`;
  }
  if (event.kind === 'NO_SHOW' && event.party) {
    return event.party === 'CANDIDATE'
      ? 'The candidate did not show'
      : 'An interviewer did not show';
  }

  return null;
}

/** A booking made although its time broke the booking rule: why, and which rules. */
function AvailabilityOverride({ event }: { event: SessionEvent }) {
  return (
    <div data-testid="availability-override">
      {/* orange.9 is below 4.5:1 on white at this size: red.9 reads. */}
      <Text size="sm" c="red.9" fw={600}>
        Booked outside the booking rule
      </Text>
      {event.availabilityOverrideReason ? (
        <Text size="sm">
          Override reason: {event.availabilityOverrideReason}
        </Text>
      ) : null}
      {event.availabilityViolations.length ? (
        <List size="sm" spacing={2} aria-label="Rules overridden">
          {event.availabilityViolations.map((violation, index) => (
            <List.Item
              key={`${violation.userId ?? 'time'}-${violation.rule}-${index}`}
            >
              {RULE_LABELS[violation.rule]}: {violationSentence(violation)}
            </List.Item>
          ))}
        </List>
      ) : null}
    </div>
  );
}

/** Every scheduling change with who made it, when and why; newest last. */
export function SessionHistory({
  history,
  durationMinutes,
  viewerZone,
}: SessionHistoryProps) {
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="history-heading"
    >
      <Title order={2} size="h3" id="history-heading" mb="md">
        History
      </Title>
      <Timeline
        active={history.length - 1}
        bulletSize={14}
        lineWidth={2}
        color="indigo"
      >
        {history.map((event, index) => {
          const detail = describe(event, durationMinutes, viewerZone);

          return (
            <Timeline.Item
              key={index}
              title={KIND_TITLES[event.kind] ?? event.kind}
            >
              {detail ? <Text size="sm">{detail}</Text> : null}
              {event.reason ? (
                <Text size="sm">Reason: {event.reason}</Text>
              ) : null}
              {event.overrodePolicy ? (
                <Text size="sm" c="orange.9">
                  The reschedule policy was overridden
                </Text>
              ) : null}
              {event.overrodeAvailability ? (
                <AvailabilityOverride event={event} />
              ) : null}
              <Text size="xs" c="dimmed" mt={2}>
                {event.actorName ?? 'Someone'} ·{' '}
                {formatDateTime(event.at, viewerZone)}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}
