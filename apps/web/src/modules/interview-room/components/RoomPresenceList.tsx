import { Badge, Group, Text } from '@mantine/core';

import type { RoomPresent } from '@web/modules/interview-room/hooks/useRoomPresence';
import { PANEL_ROLE_LABELS } from '@web/modules/scheduling/utils/sessionStatus';

export type RoomPresenceListProps = {
  present: readonly RoomPresent[];
  viewerId: string;
};

/** Who has the room open now, e.g. "In the room: You (Lead) · Ben (Co-interviewer)". */
export function RoomPresenceList({ present, viewerId }: RoomPresenceListProps) {
  // The viewer is in the room by being here, even before the server has seen the connection.
  const others = present.filter((entry) => entry.user.id !== viewerId);

  return (
    <Group
      gap={6}
      component="section"
      aria-label="In the room"
      data-testid="room-presence"
    >
      <Text size="xs" c="dimmed">
        In the room:
      </Text>
      <Badge variant="dot" color="teal" tt="none" size="sm">
        You
      </Badge>
      {others.map((entry) => (
        <Badge
          key={entry.user.id}
          variant="dot"
          color="teal"
          tt="none"
          size="sm"
        >
          {entry.user.name} (
          {entry.role ? PANEL_ROLE_LABELS[entry.role] : 'Coordinator'})
        </Badge>
      ))}
      {others.length === 0 ? (
        <Text size="xs" c="dimmed">
          nobody else yet
        </Text>
      ) : null}
    </Group>
  );
}
