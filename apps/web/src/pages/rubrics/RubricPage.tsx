import { Stack } from '@mantine/core';
import { useParams } from 'react-router';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { RubricEditor } from '@web/modules/rubrics/components/RubricEditor';
import { useRubric } from '@web/modules/rubrics/hooks/useRubric';
import { RUBRIC_EDITOR_ROLES } from '@web/modules/rubrics/utils/rubricRoles';
import { LoadState } from '@web/modules/shared/components/LoadState';
import { PageHeader } from '@web/modules/shared/components/PageHeader';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export function RubricPage() {
  return (
    <RoleGate
      roles={RUBRIC_EDITOR_ROLES}
      title="Rubric"
      deniedMessage="Only coordinators manage rubrics"
    >
      <RubricDetails />
    </RoleGate>
  );
}

function RubricDetails() {
  const { rubricId = '' } = useParams();
  const timeZone = useProfileTimeZone();
  const { rubric, isLoading, error, retry } = useRubric(rubricId);
  const title = rubric?.name ?? (error ? 'Rubric not found' : 'Rubric');

  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        backLink={{ to: '/rubrics', label: 'All rubrics' }}
        description={
          rubric ? (
            <>
              Version {rubric.version}, saved{' '}
              {formatDateTime(rubric.updatedAt, timeZone)}
            </>
          ) : null
        }
      />
      <LoadState
        isLoading={isLoading}
        loadingLabel="Loading the rubric"
        error={error}
        errorTitle="Could not load the rubric"
        notFoundTitle="This rubric does not exist in your team"
        onRetry={retry}
      >
        {rubric ? <RubricEditor key={rubric.id} rubric={rubric} /> : null}
      </LoadState>
    </Stack>
  );
}
