import { Alert, Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { ScheduledSession } from '@web/modules/scheduling/hooks/useWeekSessions';
import { useSession } from '@web/modules/scheduling/hooks/useSession';
import { formatTimeRange } from '@web/modules/shared/utils/timeZoneDisplay';

export type ClashNoticeProps = {
  /** Sessions that overlap the planned time and share a panelist (checked before booking). */
  clashes: ScheduledSession[];
  panelIds: string[];
  viewerZone: string;
};

function ClashItem({
  session,
  panelIds,
  viewerZone,
}: {
  session: ScheduledSession;
  panelIds: string[];
  viewerZone: string;
}) {
  const busy = session.panel
    .filter((panelist) => panelIds.includes(panelist.user.id))
    .map((panelist) => panelist.user.name)
    .join(', ');

  return (
    <List.Item>
      <Text size="sm" span>
        {busy} already {busy.includes(',') ? 'have' : 'has'} a session:{' '}
        <Anchor component={Link} to={`/sessions/${session.id}`}>
          {session.candidate.name} · {session.kitName}
        </Anchor>
        , {formatTimeRange(session.startsAt, session.endsAt, viewerZone)}
      </Text>
    </List.Item>
  );
}

/** Links the sessions the panel is already on at the planned time. */
export function ClashNotice({
  clashes,
  panelIds,
  viewerZone,
}: ClashNoticeProps) {
  if (!clashes.length) {
    return null;
  }

  return (
    <List spacing={4} aria-label="Sessions at this time">
      {clashes.map((session) => (
        <ClashItem
          key={session.id}
          session={session}
          panelIds={panelIds}
          viewerZone={viewerZone}
        />
      ))}
    </List>
  );
}

export type BookingConflictProps = {
  message: string;
  clashingSessionId: string | null;
  panelIds: string[];
  viewerZone: string;
};

/** The server refused the booking (CONFLICT): says with which session, when it is visible. */
export function BookingConflict({
  message,
  clashingSessionId,
  panelIds,
  viewerZone,
}: BookingConflictProps) {
  const { session } = useSession(clashingSessionId);
  const busy = session?.panel
    .filter((panelist) => panelIds.includes(panelist.user.id))
    .map((panelist) => panelist.user.name)
    .join(', ');

  return (
    <Alert
      color="red"
      role="alert"
      title="Not booked: a panelist is double-booked"
    >
      {session ? (
        <Text size="sm">
          {busy || 'A panelist'} already {busy?.includes(',') ? 'have' : 'has'}{' '}
          a session at that time:{' '}
          <Anchor component={Link} to={`/sessions/${session.id}`}>
            {session.candidate.name} · {session.kitName}
          </Anchor>
          , {formatTimeRange(session.startsAt, session.endsAt, viewerZone)}.
        </Text>
      ) : (
        // A clash in another team is not shown in detail; the API names only the person.
        <Text size="sm">
          {message.replace(/ at \d{4}-\S+Z$/, ' at that time')}.
        </Text>
      )}
      <Text size="sm" mt="xs">
        Pick another slot, or change the panel.
      </Text>
    </Alert>
  );
}
