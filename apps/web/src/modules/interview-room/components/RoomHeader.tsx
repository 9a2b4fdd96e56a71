import type { ReactNode } from 'react';
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
import { useIsTouchDevice } from '@web/modules/interview-room/hooks/useIsTouchDevice';
import { useNow } from '@web/modules/interview-room/hooks/useNow';
import { formatClockTime } from '@web/modules/shared/utils/formatDate';
import { opensAt } from '@web/modules/interview-room/utils/sessionOpening';
import { SessionStatusBadge } from '@web/modules/scheduling/components/SessionStatusBadge';
import { PANEL_ROLE_LABELS } from '@web/modules/scheduling/utils/sessionStatus';

import { SessionTimer } from './SessionTimer';

export type RoomHeaderProps = {
  /** The viewer's profile zone: every time shown is in it. */
  timeZone: string;
  session: RoomSession;
  seat: PanelRole | null;
  canRunSession: boolean;
  isStarting: boolean;
  onStart: () => void;
  onComplete: () => void;
  onShowShortcuts: () => void;
  /** Who has the room open, under the title. */
  presence?: ReactNode;
};

/** Who is interviewed, with which kit, the session's state, timer and controls. */
export function RoomHeader({
  timeZone,
  session,
  seat,
  canRunSession,
  isStarting,
  onStart,
  onComplete,
  onShowShortcuts,
  presence,
}: RoomHeaderProps) {
  const isTouch = useIsTouchDevice();
  const isScheduled = session.status === 'SCHEDULED';
  const now = useNow(15_000, isScheduled);
  const opening = isScheduled ? opensAt(session.startsAt, now) : null;

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', md: 'md' }}>
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/sessions/${session.id}`} size="sm">
            ← Session details
          </Anchor>
          <Title order={1} size="h2" fz={{ base: 'h3', md: 'h2' }}>
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
          {presence}
        </Stack>
        <Group gap="sm" align="center">
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
                  Opens at {formatClockTime(opening.toISOString(), timeZone)}
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
          {isTouch ? null : (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={onShowShortcuts}
              aria-label="Keyboard shortcuts"
            >
              ?
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
