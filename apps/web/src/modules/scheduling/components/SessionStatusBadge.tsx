import { Badge } from '@mantine/core';

import type { SessionStatus } from '@web/generated/graphql';
import {
  STATUS_COLORS,
  STATUS_LABELS,
} from '@web/modules/scheduling/utils/sessionStatus';

export type SessionStatusBadgeProps = { status: SessionStatus };

export function SessionStatusBadge({ status }: SessionStatusBadgeProps) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
