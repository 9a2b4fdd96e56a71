import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { RubricEditor } from '@web/modules/rubrics/components/RubricEditor';
import { useRubric } from '@web/modules/rubrics/hooks/useRubric';
import { RUBRIC_EDITOR_ROLES } from '@web/modules/rubrics/utils/rubricRoles';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
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
      <PageTitle title={title} />
      <div>
        <Anchor component={Link} to="/rubrics" size="sm">
          ← All rubrics
        </Anchor>
        <Title order={1} mt={4}>
          {title}
        </Title>
        {rubric ? (
          <Text c="dimmed" mt={4}>
            Version {rubric.version}, saved{' '}
            {formatDateTime(rubric.updatedAt, timeZone)}
          </Text>
        ) : null}
      </div>
      {isLoading ? <Loader size="sm" aria-label="Loading the rubric" /> : null}
      {error ? (
        <ErrorState
          title={
            error.code === 'NOT_FOUND'
              ? 'This rubric does not exist in your team'
              : 'Could not load the rubric'
          }
          message={error.message}
          onRetry={error.code === 'NOT_FOUND' ? undefined : retry}
        />
      ) : null}
      {rubric ? <RubricEditor key={rubric.id} rubric={rubric} /> : null}
    </Stack>
  );
}
