import { Loader, Stack, Text, Title } from '@mantine/core';

import { AvailabilityEditor } from '@web/modules/availability/components/AvailabilityEditor';
import { CalendarFeedCard } from '@web/modules/availability/components/CalendarFeedCard';
import { useMyAvailability } from '@web/modules/availability/hooks/useMyAvailability';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

export function AvailabilityPage() {
  const { availability, isLoading, error, reload } = useMyAvailability();

  return (
    <Stack gap="xl">
      <PageTitle title="My availability" />
      <div>
        <Title order={1}>My availability</Title>
        <Text c="dimmed" mt={4}>
          When you can interview. Coordinators only see free slots inside these
          hours.
        </Text>
      </div>
      {isLoading ? (
        <Loader size="sm" aria-label="Loading your availability" />
      ) : null}
      {error ? (
        <ErrorState
          title="Could not load your availability"
          message={error.message}
          onRetry={() => void reload().catch(() => undefined)}
        />
      ) : null}
      {availability ? (
        <AvailabilityEditor
          // A reload after a conflict starts the editor again from the stored version.
          key={`${availability.userId}`}
          availability={availability}
          onReload={reload}
        />
      ) : null}
      <CalendarFeedCard />
    </Stack>
  );
}
