import { type FormEvent, useRef, useState } from 'react';
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

import { useCreateKit } from '@web/modules/kits/hooks/useCreateKit';
import { useFetchLatestKit } from '@web/modules/kits/hooks/useFetchLatestKit';
import type { Kit } from '@web/modules/kits/hooks/useKit';
import { useKitRubricOptions } from '@web/modules/kits/hooks/useKitRubricOptions';
import { useUpdateKit } from '@web/modules/kits/hooks/useUpdateKit';
import type { KitSnapshot } from '@web/modules/kits/utils/compareKits';
import {
  addQuestion,
  draftFromKit,
  EMPTY_KIT_DRAFT,
  formatMinutes,
  hasKitDraftErrors,
  isSameKitDraft,
  type KitDraft,
  type KitDraftErrors,
  type KitQuestion,
  MAX_KIT_ITEMS,
  moveItem,
  plannedMinutesError,
  questionIdForErrorField,
  removeQuestion,
  setPlannedMinutes,
  toKitItemsInput,
  totalPlannedMinutes,
  validateKitDraft,
} from '@web/modules/kits/utils/kitDraft';
import { SaveBar } from '@web/modules/shared/components/SaveBar';
import { useVersionConflict } from '@web/modules/shared/hooks/useVersionConflict';
import type { ApiError } from '@web/modules/shared/utils/apiError';
import { notify } from '@web/modules/shared/utils/notify';

import { KitConflictDialog } from './KitConflictDialog';
import { KitQuestionList } from './KitQuestionList';
import { KitQuestionPicker } from './KitQuestionPicker';

export type KitEditorProps = {
  /** The saved kit to edit; absent when creating one. */
  kit?: Kit;
  onCreated?: (kit: Kit) => void;
};

const NO_ERRORS: KitDraftErrors = { items: {} };

function snapshotOf(
  draft: KitDraft,
  version: number | null,
  rubricName: string,
): KitSnapshot {
  return {
    version,
    name: draft.name,
    targetRole: draft.targetRole,
    rubricName,
    instructions: draft.instructions,
    items: draft.items.map((item) => ({
      questionId: item.question.id,
      prompt: item.question.prompt,
      plannedMinutes: item.plannedMinutes ?? 0,
    })),
  };
}

/** The kit builder: details, ordered questions with minutes, and a bank search to add more. */
export function KitEditor({ kit, onCreated }: KitEditorProps) {
  const { createKit, isCreating } = useCreateKit();
  const { updateKit, isUpdating } = useUpdateKit();
  const fetchLatestKit = useFetchLatestKit();
  const { rubrics, error: rubricsError } = useKitRubricOptions();

  const [draft, setDraft] = useState<KitDraft>(() =>
    kit ? draftFromKit(kit) : EMPTY_KIT_DRAFT,
  );
  // The version this edit started from, and what it looked like, for "unsaved changes".
  const [baseVersion, setBaseVersion] = useState(kit?.version ?? null);
  const [savedDraft, setSavedDraft] = useState<KitDraft | null>(() =>
    kit ? draftFromKit(kit) : null,
  );
  const [errors, setErrors] = useState<KitDraftErrors>(NO_ERRORS);
  const [formError, setFormError] = useState<string | null>(null);
  const conflict = useVersionConflict({
    id: kit?.id,
    fetchLatest: fetchLatestKit,
    noun: 'kit',
    onLoadError: setFormError,
    // Any CONFLICT counts (updateKit answers it only for a stale expectedVersion).
    isConflict: (apiError) => apiError.code === 'CONFLICT',
  });
  const { theirs, isResolving } = conflict;
  const [moveStatus, setMoveStatus] = useState('');
  const questionsHeadingRef = useRef<HTMLHeadingElement>(null);

  const isSaving = isCreating || isUpdating || isResolving;
  const isDirty = savedDraft !== null && !isSameKitDraft(draft, savedDraft);
  const total = totalPlannedMinutes(draft.items);
  const selectedIds = new Set(draft.items.map((item) => item.question.id));
  const rubricName = (id: string | null) =>
    rubrics.find((rubric) => rubric.id === id)?.name ?? '';
  const rubricOptions = rubrics.map((rubric) => ({
    value: rubric.id,
    label: rubric.defaultForKind
      ? `${rubric.name} (default for ${(rubric.defaultForKindName ?? rubric.defaultForKind).toLowerCase()} questions)`
      : rubric.name,
  }));

  const update = (patch: Partial<KitDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));

  const handleMove = (from: number, to: number) => {
    const moved = draft.items[from];
    setDraft((current) => ({
      ...current,
      items: moveItem(current.items, from, to),
    }));
    if (moved) {
      setMoveStatus(
        `Moved “${moved.question.prompt}” to position ${to + 1} of ${draft.items.length}.`,
      );
    }
  };

  const handleAdd = (question: KitQuestion) => {
    setDraft((current) => ({
      ...current,
      items: addQuestion(current.items, question),
    }));
    setMoveStatus(
      `Added “${question.prompt}” as question ${draft.items.length + 1}.`,
    );
  };

  const handleRemove = (questionId: string) => {
    const removed = draft.items.find((item) => item.question.id === questionId);
    setDraft((current) => ({
      ...current,
      items: removeQuestion(current.items, questionId),
    }));
    setErrors((current) => {
      const items = { ...current.items };
      delete items[questionId];

      return { ...current, items };
    });
    if (removed) {
      setMoveStatus(`Removed “${removed.question.prompt}”.`);
    }
    // The removed row took the focus with it: continue from the list heading.
    questionsHeadingRef.current?.focus();
  };

  const handleMinutesChange = (questionId: string, minutes: number | null) => {
    setDraft((current) => ({
      ...current,
      items: setPlannedMinutes(current.items, questionId, minutes),
    }));
    const error = plannedMinutesError(minutes);
    setErrors((current) => {
      const items = { ...current.items };
      // Out of range shows at once; an empty input only once it was flagged.
      if (error && (minutes !== null || current.items[questionId])) {
        items[questionId] = error;
      } else {
        delete items[questionId];
      }

      return { ...current, items };
    });
  };

  const showApiError = (apiError: ApiError, submitted: KitDraft) => {
    const questionId = questionIdForErrorField(submitted.items, apiError.field);
    if (questionId) {
      setErrors({ items: { [questionId]: apiError.message } });
    } else if (
      apiError.field === 'name' ||
      apiError.field === 'targetRole' ||
      apiError.field === 'rubricId'
    ) {
      setErrors({ items: {}, [apiError.field]: apiError.message });
    } else {
      setFormError(apiError.message);
    }
  };

  const markSaved = (saved: Kit) => {
    const savedAsDraft = draftFromKit(saved);
    setDraft(savedAsDraft);
    setSavedDraft(savedAsDraft);
    setBaseVersion(saved.version);
    setErrors(NO_ERRORS);
    setFormError(null);
  };

  const save = async (expectedVersion: number | null, submitted: KitDraft) => {
    const input = {
      name: submitted.name.trim(),
      targetRole: submitted.targetRole.trim(),
      rubricId: submitted.rubricId ?? '',
      instructions: submitted.instructions,
      items: toKitItemsInput(submitted.items),
    };
    if (!kit) {
      const created = await createKit(input);
      markSaved(created);
      notify({
        color: 'green',
        title: 'Kit created',
        message: `${created.name} is ready to use.`,
      });
      onCreated?.(created);

      return;
    }
    const saved = await updateKit({
      ...input,
      id: kit.id,
      expectedVersion: expectedVersion ?? kit.version,
    });
    markSaved(saved);
    notify({
      color: 'green',
      title: 'Kit saved',
      message: `${saved.name} is now at version ${saved.version}.`,
    });
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const validation = validateKitDraft(draft);
    setErrors(validation);
    if (hasKitDraftErrors(validation)) {
      setFormError(
        validation.form ?? 'Fix the marked fields, then save again.',
      );

      return;
    }
    const submitted = draft;
    try {
      await save(baseVersion, submitted);
    } catch (error) {
      await conflict.handleSaveError(error, (apiError) =>
        showApiError(apiError, submitted),
      );
    }
  };

  const handleKeepTheirs = () =>
    conflict.keepTheirs((kept) => {
      markSaved(kept);
      notify({
        color: 'blue',
        title: 'Their version kept',
        message: `Your changes were discarded; this is version ${kept.version}.`,
      });
    });

  const handleSaveMine = () => {
    const submitted = draft;

    return conflict.saveMine(
      (latest) => save(latest.version, submitted),
      (apiError) => showApiError(apiError, submitted),
    );
  };

  return (
    <form
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      aria-label="Interview kit"
    >
      <Stack gap="lg">
        {formError ? (
          <Alert color="red" title="The kit was not saved" role="alert">
            {formError}
          </Alert>
        ) : null}

        <Paper
          withBorder
          p="lg"
          component="section"
          aria-labelledby="kit-details-heading"
        >
          <Title order={2} size="h3" id="kit-details-heading" mb="sm">
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
              <TextInput
                label="Target role"
                required
                placeholder="e.g. Senior data scientist"
                value={draft.targetRole}
                onChange={(event) =>
                  update({ targetRole: event.currentTarget.value })
                }
                error={errors.targetRole}
                maxLength={200}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label="Rubric"
                description="Interviewers score with its latest version."
                required
                searchable
                data={rubricOptions}
                value={draft.rubricId}
                onChange={(value) => update({ rubricId: value })}
                allowDeselect={false}
                nothingFoundMessage="No rubric with this name"
                error={
                  errors.rubricId ??
                  (rubricsError
                    ? `Could not load the rubrics: ${rubricsError.message}`
                    : null)
                }
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea
                label="Interviewer instructions"
                description="What interviewers should know before they start: focus areas, timing, what to avoid."
                autosize
                minRows={3}
                maxRows={12}
                value={draft.instructions}
                onChange={(event) =>
                  update({ instructions: event.currentTarget.value })
                }
                maxLength={10_000}
              />
            </Grid.Col>
          </Grid>
        </Paper>

        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Paper
              withBorder
              p="lg"
              component="section"
              aria-labelledby="kit-questions-heading"
            >
              <Group justify="space-between" align="baseline" mb="sm">
                <Title
                  order={2}
                  size="h3"
                  id="kit-questions-heading"
                  ref={questionsHeadingRef}
                  tabIndex={-1}
                >
                  Questions
                </Title>
                <Text size="sm" fw={600} data-testid="kit-total">
                  {draft.items.length}{' '}
                  {draft.items.length === 1 ? 'question' : 'questions'} · total{' '}
                  {formatMinutes(total)}
                </Text>
              </Group>
              {draft.items.some((item) => item.question.retired) ? (
                <Alert color="orange" data-testid="kit-retired-notice">
                  Questions marked retired left the bank with their guide: new
                  sessions booked from this kit leave them out. Remove them
                  before saving changes to the kit.
                </Alert>
              ) : null}
              <KitQuestionList
                items={draft.items}
                errors={errors.items}
                onMove={handleMove}
                onMinutesChange={handleMinutesChange}
                onRemove={handleRemove}
              />
              <Text
                className="pw-visually-hidden"
                role="status"
                aria-live="polite"
              >
                {moveStatus}
              </Text>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Paper
              withBorder
              p="lg"
              component="section"
              aria-labelledby="kit-picker-heading"
            >
              <Title order={2} size="h3" id="kit-picker-heading" mb="sm">
                Add from the question bank
              </Title>
              <KitQuestionPicker
                selectedIds={selectedIds}
                onAdd={handleAdd}
                isFull={draft.items.length >= MAX_KIT_ITEMS}
              />
            </Paper>
          </Grid.Col>
        </Grid>

        <SaveBar
          summary={
            <Text size="sm" fw={600}>
              Total {formatMinutes(total)}
            </Text>
          }
          version={baseVersion}
          isDirty={isDirty}
          isSaving={isCreating || isUpdating}
          isDisabled={isResolving}
          submitLabel={kit ? 'Save changes' : 'Create kit'}
        />
      </Stack>

      {theirs ? (
        <KitConflictDialog
          isOpen
          theirs={snapshotOf(
            draftFromKit(theirs),
            theirs.version,
            theirs.rubric.name,
          )}
          mine={snapshotOf(draft, null, rubricName(draft.rubricId))}
          isSaving={isSaving}
          onKeepTheirs={handleKeepTheirs}
          onSaveMine={() => void handleSaveMine()}
          onClose={conflict.close}
        />
      ) : null}
    </form>
  );
}
