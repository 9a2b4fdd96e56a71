import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';

import type { Candidate } from '@web/modules/candidates/hooks/useCandidates';
import { useCandidateDuplicates } from '@web/modules/candidates/hooks/useCandidateDuplicates';
import { useMergeCandidates } from '@web/modules/candidates/hooks/useMergeCandidates';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { toApiError } from '@web/modules/shared/utils/apiError';
import { formatDate } from '@web/modules/shared/utils/formatDate';
import { notify } from '@web/modules/shared/utils/notify';

import { MergeCandidatesModal } from './MergeCandidatesModal';

export type DuplicateCandidatesPanelProps = { timeZone: string };

type PendingMerge = { target: Candidate; sources: Candidate[] };

/** Records sharing an email, with a merge that keeps the record the coordinator picks. */
export function DuplicateCandidatesPanel({
  timeZone,
}: DuplicateCandidatesPanelProps) {
  const { groups, isLoading, error, retry } = useCandidateDuplicates(true);
  const { mergeCandidates, isMerging } = useMergeCandidates();
  // The record to keep, by group email; the oldest record unless picked otherwise.
  const [keepByEmail, setKeepByEmail] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<PendingMerge | null>(null);

  if (isLoading) {
    return <Loader size="sm" aria-label="Looking for duplicates" />;
  }
  if (error) {
    return (
      <ErrorState
        title="Could not look for duplicates"
        message={error.message}
        onRetry={retry}
      />
    );
  }
  if (groups.length === 0) {
    return null;
  }

  const handleMerge = async () => {
    if (!pending) {
      return;
    }
    try {
      const merged = await mergeCandidates(
        pending.target.id,
        pending.sources.map((source) => source.id),
      );
      notify({
        color: 'green',
        title: 'Candidates merged',
        message: `${pending.sources.length + 1} records are now one: ${merged.name}.`,
      });
    } catch (mergeError) {
      notify({
        color: 'red',
        title: 'Could not merge',
        message: toApiError(mergeError).message,
      });
    } finally {
      setPending(null);
    }
  };

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby="duplicates-heading"
    >
      <Title order={2} size="h3" id="duplicates-heading">
        Possible duplicates
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        These records share an email. Merging keeps the record you pick, appends
        the others’ notes to it, moves their interviews to it, and removes them.
      </Text>
      <Stack gap="md">
        {groups.map((group) => {
          const email = group[0]?.email ?? '';
          const keepId = keepByEmail[email] ?? group[0]?.id ?? '';
          const target = group.find((candidate) => candidate.id === keepId);

          return (
            <Alert
              key={email}
              color="yellow"
              variant="light"
              data-testid="duplicate-group"
            >
              <Radio.Group
                label={`${group.length} records with ${email}: which one stays?`}
                value={keepId}
                onChange={(value) =>
                  setKeepByEmail((current) => ({ ...current, [email]: value }))
                }
              >
                <Stack gap={6} mt="xs">
                  {group.map((candidate) => (
                    <Radio
                      key={candidate.id}
                      value={candidate.id}
                      label={`${candidate.name}${candidate.targetRole ? ` · ${candidate.targetRole}` : ''} · added ${formatDate(candidate.createdAt, timeZone)}`}
                      description={
                        candidate.notes.trim()
                          ? candidate.notes.trim().slice(0, 140)
                          : 'No notes'
                      }
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <Group justify="flex-end" mt="sm">
                <Button
                  size="xs"
                  onClick={() =>
                    target &&
                    setPending({
                      target,
                      sources: group.filter(
                        (candidate) => candidate.id !== target.id,
                      ),
                    })
                  }
                >
                  Merge {group.length} records…
                </Button>
              </Group>
            </Alert>
          );
        })}
      </Stack>
      <MergeCandidatesModal
        target={pending?.target ?? null}
        sources={pending?.sources ?? []}
        timeZone={timeZone}
        isMerging={isMerging}
        onConfirm={() => void handleMerge()}
        onCancel={() => setPending(null)}
      />
    </Paper>
  );
}
