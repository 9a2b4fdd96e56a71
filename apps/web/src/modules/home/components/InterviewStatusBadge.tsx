import { Badge } from '@mantine/core';

import type { SessionStatus } from '@web/generated/graphql';
import { SessionStatusBadge } from '@web/modules/scheduling/components/SessionStatusBadge';

export type InterviewStatusBadgeProps = { status: SessionStatus };

/** A running session stands out as "Live now"; other states use the usual badge. */
export function InterviewStatusBadge({ status }: InterviewStatusBadgeProps) {
  if (status === 'IN_PROGRESS') {
    return (
      <Badge color="red" variant="filled">
        Live now
      </Badge>
    );
  }

  return <SessionStatusBadge status={status} />;
}
