import {
  Anchor,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';

import type { PanelRole } from '@web/generated/graphql';
import type { RoomSession } from '@web/modules/interview-room/hooks/useInterviewRoom';
import { useNow } from '@web/modules/interview-room/hooks/useNow';
import { formatSavedTime } from '@web/modules/interview-room/utils/saveStateLabel';
import { opensAt } from '@web/modules/interview-room/utils/sessionOpening';
import { SessionStatusBadge } from '@web/modules/scheduling/components/SessionStatusBadge';
import { PANEL_ROLE_LABELS } from '@web/modules/scheduling/utils/sessionStatus';

import { SessionTimer } from './SessionTimer';

export type RoomHeaderProps = {
  session: RoomSession;
  seat: PanelRole | null;
  canRunSession: boolean;
  isStarting: boolean;
  onStart: () => void;
  onComplete: () => void;
  onShowShortcuts: () => void;
};

/** Who is interviewed, with which kit, the session's state, timer and controls. */
export function RoomHeader({
  session,
  seat,
  canRunSession,
  isStarting,
  onStart,
  onComplete,
  onShowShortcuts,
}: RoomHeaderProps) {
  const isScheduled = session.status === 'SCHEDULED';
  const now = useNow(15_000, isScheduled);
  const opening = isScheduled ? opensAt(session.startsAt, now) : null;

  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="center" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/sessions/${session.id}`} size="sm">
            ← Session details
          </Anchor>
          <Title order={1} size="h2">
            Interview room: {session.candidate.name}
          </Title>
          <Group gap="xs">
            <SessionStatusBadge status={session.status} />
            <Text size="sm" c="dimmed">
              {session.kitName}
              {session.candidate.targetRole
                ? ` · ${session.candidate.targetRole}`
                : ''}
              {seat ? ` · You: ${PANEL_ROLE_LABELS[seat]}` : ''}
            </Text>
          </Group>
        </Stack>
        <Group gap="md" align="center">
          <SessionTimer
            startedAt={session.startedAt}
            completedAt={session.completedAt}
          />
          {canRunSession && isScheduled ? (
            <Stack gap={2} align="center">
              <Button
                onClick={onStart}
                loading={isStarting}
                disabled={opening !== null}
              >
                Start session
              </Button>
              {opening ? (
                <Text size="xs" c="dimmed">
                  Opens at {formatSavedTime(opening.toISOString())}
                </Text>
              ) : null}
            </Stack>
          ) : null}
          {canRunSession && session.status === 'IN_PROGRESS' ? (
            <Button variant="default" onClick={onComplete}>
              Complete session
            </Button>
          ) : null}
          <Button
            component={Link}
            to={`/sessions/${session.id}/scorecard`}
            variant={session.status === 'COMPLETED' ? 'filled' : 'light'}
          >
            Scorecard
          </Button>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={onShowShortcuts}
            aria-label="Keyboard shortcuts"
          >
            ?
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
