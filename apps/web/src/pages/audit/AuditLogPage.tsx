import {
  Alert,
  Center,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useSearchParams } from 'react-router';

import { AuditEventsTable } from '@web/modules/audit/components/AuditEventsTable';
import { AuditFiltersBar } from '@web/modules/audit/components/AuditFiltersBar';
import { useAuditEvents } from '@web/modules/audit/hooks/useAuditEvents';
import { useAuditFilterOptions } from '@web/modules/audit/hooks/useAuditFilterOptions';
import {
  type AuditFilters,
  auditFiltersFromParams,
  auditFiltersToParams,
  hasAuditFilters,
  toAuditFilterInput,
} from '@web/modules/audit/utils/auditFilters';
import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { rolesForPath } from '@web/modules/layout/utils/navigation';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { LoadMoreButton } from '@web/modules/shared/components/LoadMoreButton';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { useLoadMore } from '@web/modules/shared/hooks/useLoadMore';

export function AuditLogPage() {
  return (
    <RoleGate
      roles={rolesForPath('/audit')}
      title="Audit log"
      deniedMessage="Only coordinators can read the audit log"
    >
      <AuditLog />
    </RoleGate>
  );
}

function AuditLog() {
  const timeZone = useProfileTimeZone();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = auditFiltersFromParams(searchParams);
  const options = useAuditFilterOptions();
  const result = useAuditEvents(toAuditFilterInput(filters));
  const nextPage = useLoadMore(result);

  const setFilters = (next: AuditFilters) => {
    setSearchParams(auditFiltersToParams(next), { replace: true });
  };

  return (
    <Stack gap="lg">
      <PageTitle title="Audit log" />
      <div>
        <Title order={1}>Audit log</Title>
        <Text c="dimmed" mt={4}>
          Who changed what in your team, newest first.
        </Text>
      </div>

      <AuditFiltersBar
        filters={filters}
        options={options}
        onChange={setFilters}
      />
      {options.error ? (
        <Text size="sm" c="red" role="alert">
          Could not load the filter choices: {options.error.message}
        </Text>
      ) : null}

      {result.error ? (
        <ErrorState
          title="Could not load the audit log"
          message={result.error.message}
          onRetry={result.retry}
        />
      ) : result.isLoading ? (
        <Center py="xl" role="status">
          <Loader aria-label="Loading the audit log" />
        </Center>
      ) : (
        <Stack gap="sm">
          <Group justify="flex-end" mih={20}>
            {result.isRefreshing ? (
              <Loader size="xs" aria-label="Updating results" />
            ) : null}
          </Group>
          {result.events.length === 0 ? (
            hasAuditFilters(filters) ? (
              <Alert color="gray" title="No events match" role="status">
                Try another filter, or clear the filters.
              </Alert>
            ) : (
              <Alert color="gray" title="Nothing recorded yet" role="status">
                Changes such as scheduling sessions, submitting scorecards,
                inviting members or editing kits and rubrics are recorded here
                as they happen.
              </Alert>
            )
          ) : (
            <div style={{ opacity: result.isRefreshing ? 0.6 : 1 }}>
              <AuditEventsTable
                events={result.events}
                timeZone={timeZone}
                onShowRecord={(recordType, recordId) =>
                  setFilters({ ...filters, recordType, recordId })
                }
              />
            </div>
          )}
          <LoadMoreButton
            label="Load more events"
            errorTitle="Could not load more events"
            {...nextPage}
          />
        </Stack>
      )}
    </Stack>
  );
}
