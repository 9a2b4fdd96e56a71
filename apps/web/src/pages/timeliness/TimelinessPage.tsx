import {
  Badge,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { rolesForPath } from '@web/modules/layout/utils/navigation';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { InterviewerTimelinessSection } from '@web/modules/timeliness/components/InterviewerTimelinessSection';
import { OutstandingScorecardsTable } from '@web/modules/timeliness/components/OutstandingScorecardsTable';
import { ReminderSettingsNote } from '@web/modules/timeliness/components/ReminderSettingsNote';
import { useFeedbackTimeliness } from '@web/modules/timeliness/hooks/useFeedbackTimeliness';

export function TimelinessPage() {
  return (
    <RoleGate
      roles={rolesForPath('/timeliness')}
      title="Feedback timeliness"
      deniedMessage="Only coordinators can follow up on feedback"
    >
      <Timeliness />
    </RoleGate>
  );
}

function Timeliness() {
  const timeZone = useProfileTimeZone();
  const { timeliness, settings, isLoading, error, retry } =
    useFeedbackTimeliness();
  const overdueCount =
    timeliness?.outstanding.filter((row) => row.overdue).length ?? 0;

  return (
    <Stack gap="xl">
      <PageTitle title="Feedback timeliness" />
      <div>
        <Title order={1}>Feedback timeliness</Title>
        <Text c="dimmed" mt={4}>
          Scorecards owed for sessions that ended, and how fast each interviewer
          submits.
        </Text>
      </div>

      {error ? (
        <ErrorState
          title="Could not load feedback timeliness"
          message={error.message}
          onRetry={retry}
        />
      ) : null}
      {isLoading ? (
        <Center py="xl" role="status">
          <Loader aria-label="Loading feedback timeliness" />
        </Center>
      ) : null}

      {settings ? (
        <Paper
          withBorder
          radius="md"
          p="lg"
          component="section"
          aria-labelledby="reminders-heading"
        >
          <Title order={2} size="h3" id="reminders-heading" mb="xs">
            Automatic reminders
          </Title>
          <ReminderSettingsNote settings={settings} />
        </Paper>
      ) : null}

      {timeliness ? (
        <>
          <section aria-labelledby="outstanding-heading">
            <Group gap="xs" mb="sm">
              <Title order={2} size="h3" id="outstanding-heading">
                Outstanding scorecards
              </Title>
              <Badge variant="light" color="gray">
                {timeliness.outstanding.length} owed
              </Badge>
              {overdueCount > 0 ? (
                <Badge variant="light" color="red">
                  {overdueCount} overdue
                </Badge>
              ) : null}
            </Group>
            <OutstandingScorecardsTable
              outstanding={timeliness.outstanding}
              timeZone={timeZone}
            />
          </section>
          <Paper
            withBorder
            radius="md"
            p="lg"
            component="section"
            aria-labelledby="per-interviewer-heading"
          >
            <Title order={2} size="h3" id="per-interviewer-heading" mb="sm">
              Per interviewer
            </Title>
            <InterviewerTimelinessSection
              interviewers={timeliness.interviewers}
              teamMedianHours={timeliness.teamMedianHours}
            />
          </Paper>
        </>
      ) : null}
    </Stack>
  );
}
