import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { KitsTable } from '@web/modules/kits/components/KitsTable';
import { useKits } from '@web/modules/kits/hooks/useKits';
import { LoadState } from '@web/modules/shared/components/LoadState';
import { PageHeader } from '@web/modules/shared/components/PageHeader';

export function KitsPage() {
  const { viewer } = useViewer();
  const timeZone = useProfileTimeZone();
  const { kits, isLoading, error, retry } = useKits();
  const isCoordinator = viewer?.role === 'COORDINATOR';

  return (
    <Stack gap="lg">
      <PageHeader
        title="Interview kits"
        description="Reusable interview plans: questions in order with planned minutes, a rubric and instructions for the panel."
        actions={
          isCoordinator ? (
            <Button component={Link} to="/kits/new">
              New kit
            </Button>
          ) : null
        }
      />
      <LoadState
        isLoading={isLoading}
        loadingLabel="Loading kits"
        error={error}
        errorTitle="Could not load the kits"
        onRetry={retry}
        isEmpty={kits.length === 0}
        empty={
          <Text>
            No interview kits yet.
            {isCoordinator
              ? ' Create one to plan the questions of an interview.'
              : ' A coordinator of your team creates them.'}
          </Text>
        }
      >
        <KitsTable kits={kits} timeZone={timeZone} />
      </LoadState>
    </Stack>
  );
}
