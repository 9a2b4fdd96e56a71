import { Anchor, Group, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';

import { timeZoneLabel } from '@panelwise/domain-scheduling';

import type { UseTeamTodayResult } from '@web/modules/home/hooks/useTeamToday';
import { SessionStatusBadge } from '@web/modules/scheduling/components/SessionStatusBadge';
import { formatTime } from '@web/modules/shared/utils/timeZoneDisplay';

import { ToDoSection } from './ToDoSection';

export type TeamTodaySectionProps = UseTeamTodayResult & {
  timeZone: string;
  /** The Monday of this week, for the link to the calendar. */
  week: string;
};

/** Every session of the team on the viewer's local day, by start. */
export function TeamTodaySection({
  sessions,
  isLoading,
  error,
  retry,
  timeZone,
  week,
}: TeamTodaySectionProps) {
  const active = sessions.filter(
    (session) => session.status !== 'CANCELLED' && session.status !== 'NO_SHOW',
  );

  return (
    <ToDoSection
      id="team-today-heading"
      title="Today’s sessions"
      badge={active.length > 0 ? `${active.length}` : null}
      moreLink={{ to: `/schedule?week=${week}`, label: 'Open the schedule' }}
      isLoading={isLoading}
      error={error}
      retry={retry}
      isEmpty={sessions.length === 0}
      emptyText="No session on the team’s calendar today."
    >
      {sessions.map((session) => {
        const lead = session.panel.find((seat) => seat.role === 'LEAD');

        return (
          <Paper
            key={session.id}
            component="li"
            withBorder
            radius="md"
            p="sm"
            aria-label={`${formatTime(session.startsAt, timeZone)} ${session.candidate.name}`}
          >
            <Group justify="space-between" gap="sm" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Anchor
                  component={Link}
                  to={`/sessions/${session.id}`}
                  fw={600}
                >
                  {formatTime(session.startsAt, timeZone)}–
                  {formatTime(session.endsAt, timeZone)} ·{' '}
                  {session.candidate.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {session.kitName}
                  {lead ? ` · led by ${lead.user.name}` : ''} ·{' '}
                  {timeZoneLabel(timeZone)}
                </Text>
              </div>
              <div style={{ flexShrink: 0 }}>
                <SessionStatusBadge status={session.status} />
              </div>
            </Group>
          </Paper>
        );
      })}
    </ToDoSection>
  );
}
