import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { KitsTable } from '@web/modules/kits/components/KitsTable';
import { useKits } from '@web/modules/kits/hooks/useKits';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

export function KitsPage() {
  const { viewer } = useViewer();
  const timeZone = useProfileTimeZone();
  const { kits, isLoading, error, retry } = useKits();
  const isCoordinator = viewer?.role === 'COORDINATOR';

  return (
    <Stack gap="lg">
      <PageTitle title="Interview kits" />
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ flex: 1, minWidth: 0 }}>
          <Title order={1}>Interview kits</Title>
          <Text c="dimmed" mt={4}>
            Reusable interview plans: questions in order with planned minutes, a
            rubric and instructions for the panel.
          </Text>
        </div>
        {isCoordinator ? (
          <Button
            component={Link}
            to="/kits/new"
            style={{ flexShrink: 0 }}
            mt="xs"
          >
            New kit
          </Button>
        ) : null}
      </Group>
      {isLoading ? <Loader size="sm" aria-label="Loading kits" /> : null}
      {error ? (
        <ErrorState
          title="Could not load the kits"
          message={error.message}
          onRetry={retry}
        />
      ) : null}
      {!isLoading && !error && kits.length === 0 ? (
        <Text>
          No interview kits yet.
          {isCoordinator
            ? ' Create one to plan the questions of an interview.'
            : ' A coordinator of your team creates them.'}
        </Text>
      ) : null}
      {!isLoading && !error && kits.length > 0 ? (
        <KitsTable kits={kits} timeZone={timeZone} />
      ) : null}
    </Stack>
  );
}
