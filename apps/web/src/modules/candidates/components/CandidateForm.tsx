import { type FormEvent, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { useCreateCandidate } from '@web/modules/candidates/hooks/useCreateCandidate';
import type { Candidate } from '@web/modules/candidates/hooks/useCandidates';
import { useFetchLatestCandidate } from '@web/modules/candidates/hooks/useFetchLatestCandidate';
import { useUpdateCandidate } from '@web/modules/candidates/hooks/useUpdateCandidate';
import {
  type CandidateDraft,
  type CandidateDraftErrors,
  differingCandidateFields,
  draftFromCandidate,
  EMPTY_CANDIDATE_DRAFT,
  isCandidateField,
  toCandidateInput,
  validateCandidateDraft,
} from '@web/modules/candidates/utils/candidateDraft';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

import { CandidateConflictModal } from './CandidateConflictModal';

export type CandidateFormProps = {
  /** The candidate to edit; absent when creating one. */
  candidate?: Candidate;
  onCreated?: (candidate: Candidate) => void;
};

export function CandidateForm({ candidate, onCreated }: CandidateFormProps) {
  const { createCandidate, isCreating } = useCreateCandidate();
  const { updateCandidate, isUpdating } = useUpdateCandidate();
  const fetchLatestCandidate = useFetchLatestCandidate();
  const [saved, setSaved] = useState<Candidate | null>(candidate ?? null);
  const [draft, setDraft] = useState<CandidateDraft>(() =>
    candidate ? draftFromCandidate(candidate) : EMPTY_CANDIDATE_DRAFT,
  );
  const [errors, setErrors] = useState<CandidateDraftErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<Candidate | null>(null);
  const [isResolving, setIsResolving] = useState(false);
  const isDirty = saved
    ? differingCandidateFields(draft, draftFromCandidate(saved)).length > 0
    : false;

  const update = (patch: Partial<CandidateDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));

  const markSaved = (next: Candidate) => {
    setSaved(next);
    setDraft(draftFromCandidate(next));
    setErrors({});
    setFormError(null);
  };

  const showApiError = (apiError: ApiError) => {
    if (isCandidateField(apiError.field)) {
      setErrors({ [apiError.field]: apiError.message });
    } else {
      setFormError(apiError.message);
    }
  };

  const save = async (
    submitted: CandidateDraft,
    expectedVersion: number | null,
  ) => {
    const input = toCandidateInput(submitted);
    if (!candidate || expectedVersion === null) {
      const created = await createCandidate(input);
      markSaved(created);
      notifications.show({
        // Mantine leaves the close button unnamed.
        closeButtonProps: { 'aria-label': 'Dismiss notification' },
        color: 'green',
        title: 'Candidate added',
        message: `${created.name} was added.`,
      });
      onCreated?.(created);

      return;
    }
    const next = await updateCandidate({
      ...input,
      id: candidate.id,
      expectedVersion,
    });
    markSaved(next);
    notifications.show({
      // Mantine leaves the close button unnamed.
      closeButtonProps: { 'aria-label': 'Dismiss notification' },
      color: 'green',
      title: 'Candidate saved',
      message: `${next.name} was saved.`,
    });
  };

  const openConflict = async (id: string) => {
    try {
      setTheirs(await fetchLatestCandidate(id));
    } catch (error) {
      setFormError(
        `Someone else saved this candidate, and loading their version failed: ${toApiError(error).message}`,
      );
    }
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const validation = validateCandidateDraft(draft);
    setErrors(validation);
    if (Object.keys(validation).length) {
      return;
    }
    try {
      await save(draft, saved?.version ?? null);
    } catch (error) {
      const apiError = toApiError(error);
      if (
        apiError.code === 'CONFLICT' &&
        apiError.field === 'expectedVersion' &&
        candidate
      ) {
        await openConflict(candidate.id);
      } else {
        showApiError(apiError);
      }
    }
  };

  const handleOverwrite = async () => {
    if (!theirs || !candidate) {
      return;
    }
    setIsResolving(true);
    try {
      await save(draft, theirs.version);
      setTheirs(null);
    } catch (error) {
      const apiError = toApiError(error);
      if (
        apiError.code === 'CONFLICT' &&
        apiError.field === 'expectedVersion'
      ) {
        await openConflict(candidate.id);
      } else {
        setTheirs(null);
        showApiError(apiError);
      }
    } finally {
      setIsResolving(false);
    }
  };

  return (
    <form
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      aria-label="Candidate"
    >
      <Stack gap="md">
        {formError ? (
          <Alert color="red" title="The candidate was not saved" role="alert">
            {formError}
          </Alert>
        ) : null}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label="Name"
              required
              autoComplete="off"
              value={draft.name}
              onChange={(event) => update({ name: event.currentTarget.value })}
              error={errors.name}
              maxLength={200}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label="Email"
              type="email"
              autoComplete="off"
              description="Optional. Records sharing an email show up as possible duplicates."
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              value={draft.email}
              onChange={(event) => update({ email: event.currentTarget.value })}
              error={errors.email}
              maxLength={254}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label="Target role"
              placeholder="e.g. Backend engineer"
              value={draft.targetRole}
              onChange={(event) =>
                update({ targetRole: event.currentTarget.value })
              }
              error={errors.targetRole}
              maxLength={200}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea
              label="Notes"
              autosize
              minRows={4}
              maxRows={14}
              value={draft.notes}
              onChange={(event) => update({ notes: event.currentTarget.value })}
              error={errors.notes}
              maxLength={20_000}
            />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end" gap="sm">
          {saved ? (
            <Text size="sm" c="dimmed">
              Version {saved.version}
            </Text>
          ) : null}
          {isDirty ? (
            <Badge color="yellow" variant="light">
              Unsaved changes
            </Badge>
          ) : null}
          <Button
            type="submit"
            loading={isCreating || isUpdating}
            disabled={isResolving}
          >
            {candidate ? 'Save changes' : 'Add candidate'}
          </Button>
        </Group>
      </Stack>
      {theirs ? (
        <CandidateConflictModal
          theirs={draftFromCandidate(theirs)}
          theirsVersion={theirs.version}
          mine={draft}
          isSaving={isResolving}
          onReloadTheirs={() => {
            markSaved(theirs);
            setTheirs(null);
          }}
          onOverwriteWithMine={() => void handleOverwrite()}
          onClose={() => setTheirs(null)}
        />
      ) : null}
    </form>
  );
}
