import { Badge } from '@mantine/core';

import type { SessionStatus } from '@web/generated/graphql';
import { SessionStatusBadge } from '@web/modules/scheduling/components/SessionStatusBadge';

export type InterviewTiming = {
  status: SessionStatus;
  startsAt: string;
  endsAt: string;
};

export type InterviewStatusBadgeProps = { session: InterviewTiming; now: Date };

/** A scheduled session whose time has come but that nobody started yet. */
export function isDueNow(session: InterviewTiming, now: Date): boolean {
  const time = now.getTime();

  return (
    session.status === 'SCHEDULED' &&
    new Date(session.startsAt).getTime() <= time &&
    time < new Date(session.endsAt).getTime()
  );
}

/**
 * A running session stands out as "Live now", one whose time has come as
 * "Now · not started"; other states use the usual badge.
 */
export function InterviewStatusBadge({
  session,
  now,
}: InterviewStatusBadgeProps) {
  if (session.status === 'IN_PROGRESS') {
    return (
      <Badge color="red" variant="filled">
        Live now
      </Badge>
    );
  }
  if (isDueNow(session, now)) {
    return (
      <Badge color="yellow.5" variant="filled" autoContrast>
        Now · not started
      </Badge>
    );
  }

  return <SessionStatusBadge status={session.status} />;
}
