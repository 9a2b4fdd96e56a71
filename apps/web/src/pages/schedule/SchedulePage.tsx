import {
  Alert,
  Button,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useSearchParams } from 'react-router';

import { timeZoneLabel } from '@panelwise/domain-scheduling';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { WeekCalendar } from '@web/modules/scheduling/components/WeekCalendar';
import { useWeekSessions } from '@web/modules/scheduling/hooks/useWeekSessions';
import {
  addDays,
  formatDateKey,
  isDateKey,
  mondayOf,
  weekRange,
  zonedParts,
} from '@web/modules/shared/utils/timeZoneDisplay';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

export function SchedulePage() {
  const { viewer } = useViewer();
  if (!viewer) {
    return null;
  }

  return (
    <Schedule
      timeZone={viewer.user.timeZone}
      isCoordinator={viewer.role === 'COORDINATOR'}
    />
  );
}

type ScheduleProps = { timeZone: string; isCoordinator: boolean };

function Schedule({ timeZone, isCoordinator }: ScheduleProps) {
  const [params, setParams] = useSearchParams();
  const thisMonday = mondayOf(zonedParts(new Date(), timeZone).dateKey);
  const requested = params.get('week');
  const mondayKey = isDateKey(requested) ? mondayOf(requested) : thisMonday;
  const { from, to } = weekRange(mondayKey, timeZone);
  const { sessions, isLoading, error, retry } = useWeekSessions(from, to);
  const goTo = (monday: string) =>
    setParams(monday === thisMonday ? {} : { week: monday });
  const weekLabel = `${formatDateKey(mondayKey)} – ${formatDateKey(addDays(mondayKey, 6))}`;

  return (
    <Stack gap="lg">
      <PageTitle title="Schedule" />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>Schedule</Title>
          <Text c="dimmed" mt={4}>
            {isCoordinator
              ? "The team's interview sessions"
              : 'Your interview sessions'}
            , in your time zone ({timeZoneLabel(timeZone)})
          </Text>
        </div>
        {isCoordinator ? (
          <Button component={Link} to="/schedule/new">
            New session
          </Button>
        ) : null}
      </Group>

      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => goTo(addDays(mondayKey, -7))}
          >
            Previous week
          </Button>
          <Button
            variant="default"
            disabled={mondayKey === thisMonday}
            onClick={() => goTo(thisMonday)}
          >
            This week
          </Button>
          <Button variant="default" onClick={() => goTo(addDays(mondayKey, 7))}>
            Next week
          </Button>
        </Group>
        <Title order={2} size="h4" aria-live="polite">
          {weekLabel}
        </Title>
      </Group>

      {error ? (
        <ErrorState
          title="Could not load the sessions"
          message={error.message}
          onRetry={retry}
        />
      ) : null}
      {isLoading ? <Loader size="sm" aria-label="Loading sessions" /> : null}
      {!isLoading && !error && sessions.length === 0 ? (
        <Alert color="gray" role="status" title="No sessions this week">
          {isCoordinator
            ? 'Schedule one with “New session”, or look at another week.'
            : 'Sessions you are on appear here once a coordinator books them.'}
        </Alert>
      ) : null}
      <WeekCalendar
        sessions={sessions}
        mondayKey={mondayKey}
        timeZone={timeZone}
      />
    </Stack>
  );
}
