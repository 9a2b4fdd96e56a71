import { type FormEvent, useState } from 'react';
import { Alert, Grid, Stack, Textarea, TextInput } from '@mantine/core';

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
import { SaveBar } from '@web/modules/shared/components/SaveBar';
import { useVersionConflict } from '@web/modules/shared/hooks/useVersionConflict';
import type { ApiError } from '@web/modules/shared/utils/apiError';
import { notify } from '@web/modules/shared/utils/notify';
import { withoutFieldError } from '@web/modules/shared/utils/fieldErrors';

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
  const conflict = useVersionConflict({
    id: candidate?.id,
    fetchLatest: fetchLatestCandidate,
    noun: 'candidate',
    onLoadError: setFormError,
  });
  const { theirs, isResolving } = conflict;
  const isDirty = saved
    ? differingCandidateFields(draft, draftFromCandidate(saved)).length > 0
    : false;

  const update = (patch: Partial<CandidateDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) =>
      withoutFieldError(
        current,
        ...(Object.keys(patch) as (keyof CandidateDraftErrors)[]),
      ),
    );
  };

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
      notify({
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
    notify({
      color: 'green',
      title: 'Candidate saved',
      message: `${next.name} was saved.`,
    });
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
      await conflict.handleSaveError(error, showApiError);
    }
  };

  const handleOverwrite = () =>
    conflict.saveMine((latest) => save(draft, latest.version), showApiError);

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
        <SaveBar
          variant="inline"
          version={saved?.version ?? null}
          isDirty={isDirty}
          isSaving={isCreating || isUpdating}
          isDisabled={isResolving}
          submitLabel={candidate ? 'Save changes' : 'Add candidate'}
        />
      </Stack>
      {theirs ? (
        <CandidateConflictModal
          theirs={draftFromCandidate(theirs)}
          theirsVersion={theirs.version}
          mine={draft}
          isSaving={isResolving}
          onReloadTheirs={() => conflict.keepTheirs(markSaved)}
          onOverwriteWithMine={() => void handleOverwrite()}
          onClose={conflict.close}
        />
      ) : null}
    </form>
  );
}
