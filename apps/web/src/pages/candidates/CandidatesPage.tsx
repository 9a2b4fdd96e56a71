import { useState } from 'react';
import {
  Button,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from 'react-router';

import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { CandidatesTable } from '@web/modules/candidates/components/CandidatesTable';
import { DuplicateCandidatesPanel } from '@web/modules/candidates/components/DuplicateCandidatesPanel';
import { useCandidates } from '@web/modules/candidates/hooks/useCandidates';
import { CANDIDATE_EDITOR_ROLES } from '@web/modules/candidates/utils/candidateRoles';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageHeader } from '@web/modules/shared/components/PageHeader';

const PAGE_SIZE = 20;

export function CandidatesPage() {
  const { viewer } = useViewer();
  const timeZone = useProfileTimeZone();
  const canEdit = Boolean(
    viewer?.role && CANDIDATE_EDITOR_ROLES.includes(viewer.role),
  );
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  // Cursors of the pages visited so far: page n starts after cursors[n].
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const {
    candidates,
    totalCount,
    isTotalCountCapped,
    hasNextPage,
    endCursor,
    isLoading,
    error,
    retry,
  } = useCandidates({
    search: debouncedSearch,
    after: cursors[page] ?? null,
    pageSize: PAGE_SIZE,
  });
  const firstShown = page * PAGE_SIZE + 1;
  const lastShown = page * PAGE_SIZE + candidates.length;

  return (
    <Stack gap="lg">
      <PageHeader
        title="Candidates"
        description="People interviewed, or practising in mock interviews."
        actions={
          canEdit ? (
            <Button component={Link} to="/candidates/new">
              New candidate
            </Button>
          ) : null
        }
      />

      {canEdit ? <DuplicateCandidatesPanel timeZone={timeZone} /> : null}

      <section aria-labelledby="candidate-list-heading">
        <Title
          order={2}
          size="h3"
          id="candidate-list-heading"
          className="pw-visually-hidden"
        >
          All candidates
        </Title>
        <Stack gap="sm">
          <TextInput
            label="Search candidates"
            placeholder="Name, email or target role"
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setCursors([null]);
            }}
            maw={420}
          />
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {totalCount === null
              ? ''
              : totalCount === 0
                ? debouncedSearch.trim()
                  ? `No candidate matches “${debouncedSearch.trim()}”.`
                  : 'No candidates yet.'
                : `Showing ${firstShown}–${lastShown} of ${isTotalCountCapped ? 'at least ' : ''}${totalCount}`}
          </Text>
          {isLoading ? (
            <Loader size="sm" aria-label="Loading candidates" />
          ) : null}
          {error ? (
            <ErrorState
              title="Could not load the candidates"
              message={error.message}
              onRetry={retry}
            />
          ) : null}
          {candidates.length > 0 ? (
            <CandidatesTable candidates={candidates} timeZone={timeZone} />
          ) : null}
          {page > 0 || hasNextPage ? (
            <Group
              justify="flex-end"
              gap="sm"
              component="nav"
              aria-label="Candidate pages"
            >
              <Button
                variant="default"
                size="sm"
                disabled={page === 0}
                onClick={() => setCursors((current) => current.slice(0, -1))}
              >
                Previous page
              </Button>
              <Text size="sm">Page {page + 1}</Text>
              <Button
                variant="default"
                size="sm"
                disabled={!hasNextPage || !endCursor}
                onClick={() => setCursors((current) => [...current, endCursor])}
              >
                Next page
              </Button>
            </Group>
          ) : null}
        </Stack>
      </section>
    </Stack>
  );
}
