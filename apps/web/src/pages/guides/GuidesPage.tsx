import { useState } from 'react';
import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from 'react-router';

import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { GuidesTable } from '@web/modules/guides/components/GuidesTable';
import { useGuides } from '@web/modules/guides/hooks/useGuides';
import { formatCount } from '@web/modules/questions/utils/formatCount';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { LoadMoreButton } from '@web/modules/shared/components/LoadMoreButton';
import { useLoadMore } from '@web/modules/shared/hooks/useLoadMore';

export function GuidesPage() {
  const { viewer } = useViewer();
  const timeZone = useProfileTimeZone();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const isCoordinator = viewer?.role === 'COORDINATOR';
  const [status, setStatus] = useState<'ACTIVE' | 'RETIRED'>('ACTIVE');
  // Only coordinators may list retired guides.
  const result = useGuides(debouncedSearch, isCoordinator ? status : 'ACTIVE');
  const nextPage = useLoadMore(result);
  const isRetiredList = isCoordinator && status === 'RETIRED';

  return (
    <Stack gap="lg">
      <PageTitle title="Guides" />
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>Guides</Title>
          <Text c="dimmed" mt={4}>
            The interview guides your team imported; each one fills the question
            bank.
          </Text>
        </div>
        <Group gap="xs">
          <Button component={Link} to="/questions" variant="default">
            Question bank
          </Button>
          {isCoordinator ? (
            <Button component={Link} to="/import-guides" variant="light">
              Import guides
            </Button>
          ) : null}
        </Group>
      </Group>

      <Group align="flex-end" gap="md">
        <TextInput
          label="Search guides"
          description="Matches title, slug, category or vertical."
          placeholder="e.g. engineer"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maw={480}
          style={{ flex: 1, minWidth: 220 }}
        />
        {isCoordinator ? (
          <SegmentedControl
            aria-label="Which guides"
            value={status}
            onChange={(value) =>
              setStatus(value === 'RETIRED' ? 'RETIRED' : 'ACTIVE')
            }
            data={[
              { value: 'ACTIVE', label: 'Active' },
              { value: 'RETIRED', label: 'Retired' },
            ]}
          />
        ) : null}
      </Group>

      {result.error ? (
        <ErrorState
          title="Could not load the guides"
          message={result.error.message}
          onRetry={result.retry}
        />
      ) : result.isLoading ? (
        <Center py="xl" role="status">
          <Loader aria-label="Loading guides" />
        </Center>
      ) : (
        <Stack gap="sm">
          <Group justify="space-between" mih={24}>
            <Text fw={500} role="status" aria-live="polite">
              {result.totalCount === null
                ? null
                : formatCount(
                    result.totalCount,
                    { one: 'guide', other: 'guides' },
                    result.isTotalCountCapped,
                  )}
            </Text>
            {result.isRefreshing ? (
              <Loader size="xs" aria-label="Updating results" />
            ) : null}
          </Group>
          {result.guides.length === 0 ? (
            isRetiredList && !debouncedSearch.trim() ? (
              <Alert color="gray" title="No retired guides" role="status">
                Retire a guide from its page to take its questions out of the
                bank without losing them.
              </Alert>
            ) : debouncedSearch.trim() ? (
              <Alert color="gray" title="No guides match" role="status">
                Try another word, or clear the search.
              </Alert>
            ) : (
              <Alert color="gray" title="No guides yet" role="status">
                {isCoordinator ? (
                  <>
                    <Link to="/import-guides">Import guides</Link> written in
                    Markdown to build the question bank.
                  </>
                ) : (
                  'A coordinator of your team imports the interview guides.'
                )}
              </Alert>
            )
          ) : (
            <div style={{ opacity: result.isRefreshing ? 0.6 : 1 }}>
              <GuidesTable guides={result.guides} timeZone={timeZone} />
            </div>
          )}
          <LoadMoreButton
            label="Load more guides"
            errorTitle="Could not load more guides"
            {...nextPage}
          />
        </Stack>
      )}
    </Stack>
  );
}
