import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { rolesForPath } from '@web/modules/layout/utils/navigation';
import { RubricsTable } from '@web/modules/rubrics/components/RubricsTable';
import { useRubricKindOptions } from '@web/modules/rubrics/hooks/useRubricKindOptions';
import { useRubrics } from '@web/modules/rubrics/hooks/useRubrics';
import { kindLabel, kindOptions } from '@web/modules/rubrics/utils/kindOptions';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

export function RubricsPage() {
  return (
    <RoleGate
      roles={rolesForPath('/rubrics')}
      title="Rubrics"
      deniedMessage="Only coordinators manage rubrics"
    >
      <RubricList />
    </RoleGate>
  );
}

function RubricList() {
  const timeZone = useProfileTimeZone();
  const { rubrics, isLoading, error, retry } = useRubrics();
  const { kinds } = useRubricKindOptions();
  const options = kindOptions(kinds, null);

  return (
    <Stack gap="lg">
      <PageTitle title="Rubrics" />
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ flex: 1, minWidth: 0 }}>
          <Title order={1}>Rubrics</Title>
          <Text c="dimmed" mt={4}>
            Competencies interviewers rate, with what each rating looks like.
            Every save is a new version; scorecards keep the one they used.
          </Text>
        </div>
        <Button
          component={Link}
          to="/rubrics/new"
          style={{ flexShrink: 0 }}
          mt="xs"
        >
          New rubric
        </Button>
      </Group>
      {isLoading ? <Loader size="sm" aria-label="Loading rubrics" /> : null}
      {error ? (
        <ErrorState
          title="Could not load the rubrics"
          message={error.message}
          onRetry={retry}
        />
      ) : null}
      {!isLoading && !error && rubrics.length === 0 ? (
        <Text>No rubrics yet. Create one to score interviews.</Text>
      ) : null}
      {!isLoading && !error && rubrics.length > 0 ? (
        <RubricsTable
          rubrics={rubrics}
          kindLabel={(kind) => kindLabel(options, kind)}
          timeZone={timeZone}
        />
      ) : null}
    </Stack>
  );
}
