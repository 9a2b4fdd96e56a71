import { type FormEvent, useState } from 'react';
import {
  Alert,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';

import { useCreateRubric } from '@web/modules/rubrics/hooks/useCreateRubric';
import { useFetchLatestRubric } from '@web/modules/rubrics/hooks/useFetchLatestRubric';
import { useRubricKindOptions } from '@web/modules/rubrics/hooks/useRubricKindOptions';
import { type Rubric, useRubrics } from '@web/modules/rubrics/hooks/useRubrics';
import { useUpdateRubric } from '@web/modules/rubrics/hooks/useUpdateRubric';
import { kindLabel, kindOptions } from '@web/modules/rubrics/utils/kindOptions';
import {
  competencyKeyForErrorField,
  draftFromRubric,
  emptyRubricDraft,
  hasRubricDraftErrors,
  isSameRubricDraft,
  type RubricDraft,
  type RubricDraftErrors,
  toCompetencyInputs,
  validateRubricDraft,
} from '@web/modules/rubrics/utils/rubricDraft';
import { SaveBar } from '@web/modules/shared/components/SaveBar';
import { useVersionConflict } from '@web/modules/shared/hooks/useVersionConflict';
import type { ApiError } from '@web/modules/shared/utils/apiError';
import { notify } from '@web/modules/shared/utils/notify';

import { CompetenciesEditor } from './CompetenciesEditor';
import { RubricConflictModal } from './RubricConflictModal';

export type RubricEditorProps = {
  /** The rubric to revise; absent when creating one. */
  rubric?: Rubric;
  onCreated?: (rubric: Rubric) => void;
};

const NO_ERRORS: RubricDraftErrors = {
  competencyNames: {},
  competencyAnchors: {},
};

export function RubricEditor({ rubric, onCreated }: RubricEditorProps) {
  const { createRubric, isCreating } = useCreateRubric();
  const { updateRubric, isUpdating } = useUpdateRubric();
  const fetchLatestRubric = useFetchLatestRubric();
  const { kinds } = useRubricKindOptions();
  const { rubrics } = useRubrics();

  const [draft, setDraft] = useState<RubricDraft>(() =>
    rubric ? draftFromRubric(rubric) : emptyRubricDraft(),
  );
  const [saved, setSaved] = useState<Rubric | null>(rubric ?? null);
  const [errors, setErrors] = useState<RubricDraftErrors>(NO_ERRORS);
  const [formError, setFormError] = useState<string | null>(null);
  const conflict = useVersionConflict({
    id: rubric?.id,
    fetchLatest: fetchLatestRubric,
    noun: 'rubric',
    onLoadError: setFormError,
  });
  const { theirs, isResolving } = conflict;

  const options = kindOptions(kinds, draft.defaultForKind);
  const labelOfKind = (kind: string | null) => kindLabel(options, kind);
  const otherDefault = draft.defaultForKind
    ? rubrics.find(
        (other) =>
          other.id !== rubric?.id &&
          other.defaultForKind === draft.defaultForKind,
      )
    : undefined;
  const isDirty = saved
    ? !isSameRubricDraft(draft, draftFromRubric(saved))
    : false;

  const update = (patch: Partial<RubricDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));

  const markSaved = (next: Rubric) => {
    setSaved(next);
    setDraft(draftFromRubric(next));
    setErrors(NO_ERRORS);
    setFormError(null);
  };

  const showApiError = (apiError: ApiError, submitted: RubricDraft) => {
    const competency = competencyKeyForErrorField(
      submitted.competencies,
      apiError.field,
    );
    if (competency?.part === 'name') {
      setErrors({
        ...NO_ERRORS,
        competencyNames: { [competency.key]: apiError.message },
      });
    } else if (competency) {
      setErrors({
        ...NO_ERRORS,
        competencyAnchors: { [competency.key]: apiError.message },
      });
    } else if (apiError.field === 'name') {
      setErrors({ ...NO_ERRORS, name: apiError.message });
    } else {
      setFormError(apiError.message);
    }
  };

  const save = async (submitted: RubricDraft, base: Rubric | null) => {
    const knownIds = new Set(
      base?.competencies.map((competency) => competency.id),
    );
    const input = {
      name: submitted.name.trim(),
      description: submitted.description.trim(),
      defaultForKind: submitted.defaultForKind,
      scale: submitted.scale,
      competencies: toCompetencyInputs(
        submitted.competencies,
        submitted.scale,
        knownIds,
      ),
    };
    if (!rubric || !base) {
      const created = await createRubric(input);
      markSaved(created);
      notify({
        color: 'green',
        title: 'Rubric created',
        message: `${created.name} can now be used in kits.`,
      });
      onCreated?.(created);

      return;
    }
    const next = await updateRubric({
      ...input,
      id: rubric.id,
      expectedVersion: base.version,
    });
    markSaved(next);
    notify({
      color: 'green',
      title: 'Rubric saved',
      message: `${next.name} is now at version ${next.version}. Scorecards already written keep their version.`,
    });
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const validation = validateRubricDraft(draft);
    setErrors(validation);
    if (hasRubricDraftErrors(validation)) {
      setFormError(
        validation.form ?? 'Fix the marked fields, then save again.',
      );

      return;
    }
    const submitted = draft;
    try {
      await save(submitted, saved);
    } catch (error) {
      await conflict.handleSaveError(error, (apiError) =>
        showApiError(apiError, submitted),
      );
    }
  };

  const handleOverwrite = () => {
    const submitted = draft;

    return conflict.saveMine(
      // Their version becomes the base: its competency ids are the ones to keep.
      (latest) => save(submitted, latest),
      (apiError) => showApiError(apiError, submitted),
    );
  };

  const handleReloadTheirs = () =>
    conflict.keepTheirs((kept) => {
      markSaved(kept);
      notify({
        color: 'blue',
        title: 'Their version loaded',
        message: `Your changes were discarded; this is version ${kept.version}.`,
      });
    });

  return (
    <form
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      aria-label="Rubric"
    >
      <Stack gap="lg">
        {formError ? (
          <Alert color="red" title="The rubric was not saved" role="alert">
            {formError}
          </Alert>
        ) : null}
        <Paper
          withBorder
          p="lg"
          component="section"
          aria-labelledby="rubric-details-heading"
        >
          <Title order={2} size="h3" id="rubric-details-heading" mb="sm">
            Details
          </Title>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label="Name"
                required
                value={draft.name}
                onChange={(event) =>
                  update({ name: event.currentTarget.value })
                }
                error={errors.name}
                maxLength={200}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label="Default for question kind"
                description="Kits and scorecards suggest this rubric for questions of this kind."
                placeholder="None"
                data={options}
                value={draft.defaultForKind}
                onChange={(value) => update({ defaultForKind: value })}
                clearable
                comboboxProps={{ withinPortal: true }}
              />
              {otherDefault ? (
                <Text size="xs" c="yellow.9" mt={4}>
                  “{otherDefault.name}” is also the default for this kind.
                </Text>
              ) : null}
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label="Description"
                autosize
                minRows={2}
                maxRows={6}
                value={draft.description}
                onChange={(event) =>
                  update({ description: event.currentTarget.value })
                }
                maxLength={2000}
              />
            </Grid.Col>
          </Grid>
        </Paper>

        <Paper
          withBorder
          p="lg"
          component="section"
          aria-labelledby="rubric-competencies-heading"
        >
          <Group justify="space-between" align="baseline" mb="xs">
            <Title order={2} size="h3" id="rubric-competencies-heading">
              Competencies
            </Title>
            <Text size="sm" c="dimmed">
              Scale:{' '}
              {draft.scale
                .map((level) => `${level.level} ${level.label}`)
                .join(' · ')}
            </Text>
          </Group>
          <Text size="sm" c="dimmed" mb="md">
            Interviewers rate each competency on the scale (or mark it not
            assessed). Anchors describe what each rating looks like, so ratings
            mean the same across interviewers.
          </Text>
          <CompetenciesEditor
            competencies={draft.competencies}
            scale={draft.scale}
            nameErrors={errors.competencyNames}
            anchorErrors={errors.competencyAnchors}
            onChange={(competencies) => update({ competencies })}
          />
        </Paper>

        <SaveBar
          shadow="sm"
          summary={
            <Text size="sm" fw={600}>
              {draft.competencies.length}{' '}
              {draft.competencies.length === 1 ? 'competency' : 'competencies'}
            </Text>
          }
          version={saved?.version ?? null}
          isDirty={isDirty}
          isSaving={isCreating || isUpdating}
          isDisabled={isResolving}
          submitLabel={rubric ? 'Save as new version' : 'Create rubric'}
        />
      </Stack>
      {theirs ? (
        <RubricConflictModal
          theirs={draftFromRubric(theirs)}
          theirsVersion={theirs.version}
          mine={draft}
          kindLabel={labelOfKind}
          isSaving={isResolving}
          onReloadTheirs={handleReloadTheirs}
          onOverwriteWithMine={() => void handleOverwrite()}
          onClose={conflict.close}
        />
      ) : null}
    </form>
  );
}
