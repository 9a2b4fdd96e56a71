import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';

import type {
  BookingPageData,
  UseBookingPageResult,
} from '@web/modules/self-scheduling/hooks/useBookingPage';
import { SlotPicker } from '@web/modules/self-scheduling/components/SlotPicker';
import { TimeZoneSelect } from '@web/modules/shared/components/TimeZoneSelect';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export type BookingViewProps = Pick<
  UseBookingPageResult,
  'actionError' | 'isSaving' | 'book' | 'reschedule' | 'cancel'
> & {
  page: BookingPageData;
  timeZone: string;
  onTimeZoneChange: (timeZone: string) => void;
};

const isLink = (location: string) => /^https?:\/\//i.test(location);

/** What a candidate does with their link: pick a time, or see, move or cancel the one booked. */
export function BookingView({
  page,
  timeZone,
  onTimeZoneChange,
  actionError,
  isSaving,
  book,
  reschedule,
  cancel,
}: BookingViewProps) {
  const [picked, setPicked] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'move' | 'cancel'>('view');
  const [reason, setReason] = useState('');
  const booking = page.booking;
  const zonePicker = (
    <TimeZoneSelect value={timeZone} onChange={onTimeZoneChange} />
  );
  const problem = actionError ? (
    <Alert color="orange" title="That did not go through" role="alert">
      {actionError.message}
    </Alert>
  ) : null;

  if (page.status === 'OPEN') {
    return (
      <Stack gap="md">
        {problem}
        {zonePicker}
        <SlotPicker
          slots={page.slots}
          timeZone={timeZone}
          value={picked}
          onChange={setPicked}
        />
        <Button
          disabled={!picked}
          loading={isSaving}
          onClick={() => {
            if (picked) {
              void book(picked, timeZone).then((ok) => !ok && setPicked(null));
            }
          }}
        >
          {picked
            ? `Book ${formatDateTime(picked, timeZone)}`
            : 'Pick a time to book'}
        </Button>
        <Text size="xs" c="dimmed">
          The link works until {formatDateTime(page.expiresAt, timeZone)}.{' '}
          {page.policy}
        </Text>
      </Stack>
    );
  }
  if (!booking) {
    return null;
  }
  const when = formatDateTime(booking.startsAt, timeZone);
  if (page.status === 'CANCELLED') {
    return (
      <Alert color="gray" title="This interview is cancelled" role="status">
        It was on {when}. If you would like a new time, reply to the team’s
        email.
      </Alert>
    );
  }
  if (page.status === 'PAST') {
    return (
      <Alert color="gray" title="This interview has taken place" role="status">
        It was on {when}. Thank you for your time.
      </Alert>
    );
  }

  return (
    <Stack gap="md">
      {problem}
      <Alert color="teal" title="Your interview is booked" role="status">
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {when}
          </Text>
          {booking.location ? (
            <Text size="sm">
              Where:{' '}
              {isLink(booking.location) ? (
                <Anchor
                  href={booking.location}
                  target="_blank"
                  rel="noreferrer"
                >
                  {booking.location}
                </Anchor>
              ) : (
                booking.location
              )}
            </Text>
          ) : null}
          <Text size="sm">A calendar invitation is in your email.</Text>
        </Stack>
      </Alert>
      {booking.changeBlockedReason ? (
        <Text size="sm">{booking.changeBlockedReason}</Text>
      ) : null}
      {mode === 'view' ? (
        <Group>
          {booking.canReschedule ? (
            <Button variant="default" onClick={() => setMode('move')}>
              Move it
            </Button>
          ) : null}
          {booking.canCancel ? (
            <Button
              variant="default"
              color="red"
              onClick={() => setMode('cancel')}
            >
              Cancel it
            </Button>
          ) : null}
        </Group>
      ) : null}
      {mode === 'move' ? (
        <Stack gap="md">
          {zonePicker}
          <SlotPicker
            slots={page.slots}
            timeZone={timeZone}
            value={picked}
            onChange={setPicked}
          />
          <Group>
            <Button
              disabled={!picked}
              loading={isSaving}
              onClick={() => {
                if (picked) {
                  void reschedule(picked, timeZone).then((ok) => {
                    setPicked(null);
                    if (ok) {
                      setMode('view');
                    }
                  });
                }
              }}
            >
              {picked
                ? `Move to ${formatDateTime(picked, timeZone)}`
                : 'Pick the new time'}
            </Button>
            <Button variant="subtle" onClick={() => setMode('view')}>
              Keep the current time
            </Button>
          </Group>
        </Stack>
      ) : null}
      {mode === 'cancel' ? (
        <Stack gap="sm">
          <Textarea
            label="Anything the team should know? (optional)"
            value={reason}
            maxLength={1000}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Group>
            <Button
              color="red"
              loading={isSaving}
              onClick={() =>
                void cancel(reason).then((ok) => ok && setMode('view'))
              }
            >
              Cancel the interview
            </Button>
            <Button variant="subtle" onClick={() => setMode('view')}>
              Keep it
            </Button>
          </Group>
        </Stack>
      ) : null}
      <Text size="xs" c="dimmed">
        {page.policy}
      </Text>
    </Stack>
  );
}
