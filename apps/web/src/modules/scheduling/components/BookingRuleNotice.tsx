import { Alert, Checkbox, List, Stack, Text, Textarea } from '@mantine/core';

import type { ScheduledSession } from '@web/modules/scheduling/hooks/useWeekSessions';
import type { BookingOverride } from '@web/modules/scheduling/utils/bookingOverride';
import {
  type BookingViolation,
  hasOverlap,
  RULE_LABELS,
  violationSentence,
} from '@web/modules/scheduling/utils/bookingViolations';

import { ClashNotice } from './ClashNotice';

/** The API's limit on overrideReason. */
const OVERRIDE_REASON_MAX = 1000;

export type BookingRuleNoticeProps = {
  violations: BookingViolation[];
  /** Sessions of the panel at that time (known before booking), linked. */
  clashes?: ScheduledSession[];
  panelIds: string[];
  viewerZone: string;
  /** The viewer may book anyway: a coordinator, and no double booking. */
  canOverride: boolean;
  override: BookingOverride;
  onOverrideChange: (override: BookingOverride) => void;
  reasonError?: string | null;
  /** Why booking did not go ahead (e.g. "Book anyway" not ticked). */
  error?: string | null;
  /** The server refused the booking: an alert rather than a warning. */
  isRefusal?: boolean;
};

function noticeTitle(violations: BookingViolation[], isRefusal: boolean) {
  if (isRefusal) {
    return 'Not booked: this time breaks the booking rule';
  }

  return hasOverlap(violations)
    ? 'Double booking: the panel is busy at this time'
    : 'This time breaks the booking rule';
}

/**
 * The rules the planned time breaks, one line per person and rule, checked
 * before booking (or as the server refused it). A coordinator may tick
 * "Book anyway" with a reason; a double booking has no such option.
 */
export function BookingRuleNotice({
  violations,
  clashes = [],
  panelIds,
  viewerZone,
  canOverride,
  override,
  onOverrideChange,
  reasonError,
  error,
  isRefusal = false,
}: BookingRuleNoticeProps) {
  if (!violations.length) {
    return null;
  }
  const isOverlap = hasOverlap(violations);

  return (
    <Alert
      color={isRefusal ? 'red' : 'orange'}
      role={isRefusal ? 'alert' : 'status'}
      title={noticeTitle(violations, isRefusal)}
      data-testid="booking-rule-notice"
    >
      <Stack gap="xs">
        <List spacing={4} aria-label="Booking rule conflicts">
          {violations.map((violation, index) => (
            <List.Item
              key={`${violation.userId ?? 'time'}-${violation.rule}-${index}`}
            >
              <Text size="sm" span>
                <Text span fw={600} size="sm">
                  {RULE_LABELS[violation.rule]}:
                </Text>{' '}
                {violationSentence(violation)}
              </Text>
            </List.Item>
          ))}
        </List>
        <ClashNotice
          clashes={clashes}
          panelIds={panelIds}
          viewerZone={viewerZone}
        />
        {isOverlap ? (
          <Text size="sm">
            A double booking cannot be overridden. Pick another time or another
            interviewer.
          </Text>
        ) : canOverride ? (
          <>
            <Checkbox
              label="Book anyway"
              description="Kept in the session history and the audit log, with your reason."
              checked={override.isChecked}
              onChange={(event) =>
                onOverrideChange({
                  ...override,
                  isChecked: event.currentTarget.checked,
                })
              }
            />
            {override.isChecked ? (
              <Textarea
                label="Reason for booking anyway"
                required
                autosize
                minRows={2}
                maxLength={OVERRIDE_REASON_MAX}
                value={override.reason}
                error={reasonError}
                onChange={(event) =>
                  onOverrideChange({
                    ...override,
                    reason: event.currentTarget.value,
                  })
                }
              />
            ) : null}
          </>
        ) : (
          <Text size="sm">
            Booking will be refused. Pick another time or another interviewer.
          </Text>
        )}
        {error ? (
          <Text size="sm" c="red.9" fw={600} role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}
