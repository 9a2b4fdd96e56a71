import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { rolesForPath } from '@web/modules/layout/utils/navigation';
import { RubricsTable } from '@web/modules/rubrics/components/RubricsTable';
import { useRubricKindOptions } from '@web/modules/rubrics/hooks/useRubricKindOptions';
import { useRubrics } from '@web/modules/rubrics/hooks/useRubrics';
import { kindLabel, kindOptions } from '@web/modules/rubrics/utils/kindOptions';
import { LoadState } from '@web/modules/shared/components/LoadState';
import { PageHeader } from '@web/modules/shared/components/PageHeader';

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
      <PageHeader
        title="Rubrics"
        description="Competencies interviewers rate, with what each rating looks like. Every save is a new version; scorecards keep the one they used."
        actions={
          <Button component={Link} to="/rubrics/new">
            New rubric
          </Button>
        }
      />
      <LoadState
        isLoading={isLoading}
        loadingLabel="Loading rubrics"
        error={error}
        errorTitle="Could not load the rubrics"
        onRetry={retry}
        isEmpty={rubrics.length === 0}
        empty={<Text>No rubrics yet. Create one to score interviews.</Text>}
      >
        <RubricsTable
          rubrics={rubrics}
          kindLabel={(kind) => kindLabel(options, kind)}
          timeZone={timeZone}
        />
      </LoadState>
    </Stack>
  );
}
