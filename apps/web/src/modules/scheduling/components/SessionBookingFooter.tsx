import { Alert, Button, Group, Stack, Text } from '@mantine/core';

import type { ScheduleSessionFormState } from '@web/modules/scheduling/hooks/useScheduleSessionForm';

import { BookingRuleNotice } from './BookingRuleNotice';
import { BookingConflict } from './ClashNotice';

export type SessionBookingFooterProps = {
  form: ScheduleSessionFormState;
  viewerZone: string;
};

/** The booking rule for the planned time, why a booking failed, and "Book session". */
export function SessionBookingFooter({
  form,
  viewerZone,
}: SessionBookingFooterProps) {
  const { booking, panelIds } = form;
  const { error } = booking;

  return (
    <Stack gap="sm">
      {error && !error.isNotBookable ? null : (
        <BookingRuleNotice
          violations={booking.violations}
          clashes={booking.clashes}
          panelIds={panelIds}
          viewerZone={viewerZone}
          canOverride={booking.canOverride}
          override={booking.override}
          onOverrideChange={form.changeOverride}
          reasonError={booking.overrideErrors.reason}
          error={booking.overrideErrors.notice}
          isRefusal={booking.isRefusal}
        />
      )}
      {booking.isChecking ? (
        <Text size="sm" c="dimmed" role="status">
          Checking the panel’s calendars…
        </Text>
      ) : null}
      {error?.code === 'CONFLICT' && !error.isNotBookable ? (
        <BookingConflict
          message={error.message}
          clashingSessionId={error.details.clashingSessionId ?? null}
          panelIds={panelIds}
          viewerZone={viewerZone}
        />
      ) : null}
      {error && error.code !== 'CONFLICT' ? (
        <Alert color="red" role="alert" title="Could not book the session">
          {error.message}
        </Alert>
      ) : null}
      <Group>
        <Button type="submit" loading={form.isScheduling}>
          Book session
        </Button>
      </Group>
    </Stack>
  );
}
