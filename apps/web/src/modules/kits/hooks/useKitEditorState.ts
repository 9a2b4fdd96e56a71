import { useRef, useState } from 'react';

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
  hasKitDraftErrors,
  isSameKitDraft,
  type KitDraft,
  type KitDraftErrors,
  type KitQuestion,
  moveItem,
  plannedMinutesError,
  questionIdForErrorField,
  removeQuestion,
  setPlannedMinutes,
  toKitItemsInput,
  totalPlannedMinutes,
  validateKitDraft,
} from '@web/modules/kits/utils/kitDraft';
import { useDraftEditor } from '@web/modules/shared/hooks/useDraftEditor';
import type { ApiError } from '@web/modules/shared/utils/apiError';
import { notify } from '@web/modules/shared/utils/notify';

const NO_ERRORS: KitDraftErrors = { items: {} };

export type RubricOption = { value: string; label: string };

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

function kitFieldErrors(
  apiError: ApiError,
  submitted: KitDraft,
): KitDraftErrors | null {
  const questionId = questionIdForErrorField(submitted.items, apiError.field);
  if (questionId) {
    return { items: { [questionId]: apiError.message } };
  }
  if (
    apiError.field === 'name' ||
    apiError.field === 'targetRole' ||
    apiError.field === 'rubricId'
  ) {
    return { items: {}, [apiError.field]: apiError.message };
  }

  return null;
}

/**
 * The kit builder's state: the draft and its errors, the question list's
 * moves (announced in `moveStatus`), saving, and a stale save's conflict.
 */
export function useKitEditorState(
  kit: Kit | undefined,
  onCreated?: (kit: Kit) => void,
) {
  const { createKit, isCreating } = useCreateKit();
  const { updateKit, isUpdating } = useUpdateKit();
  const fetchLatestKit = useFetchLatestKit();
  const { rubrics, error: rubricsError } = useKitRubricOptions();
  const editor = useDraftEditor({
    initialDraft: () => (kit ? draftFromKit(kit) : EMPTY_KIT_DRAFT),
    noErrors: NO_ERRORS,
    validate: validateKitDraft,
    hasErrors: hasKitDraftErrors,
    fieldErrorsOf: kitFieldErrors,
    id: kit?.id,
    fetchLatest: fetchLatestKit,
    noun: 'kit',
    // Any CONFLICT counts (updateKit answers it only for a stale expectedVersion).
    isConflict: (apiError) => apiError.code === 'CONFLICT',
  });
  const { draft, setDraft, setErrors, conflict } = editor;
  // The version this edit started from, and what it looked like, for "unsaved changes".
  const [baseVersion, setBaseVersion] = useState(kit?.version ?? null);
  const [savedDraft, setSavedDraft] = useState<KitDraft | null>(() =>
    kit ? draftFromKit(kit) : null,
  );
  const [moveStatus, setMoveStatus] = useState('');
  const questionsHeadingRef = useRef<HTMLHeadingElement>(null);

  const rubricName = (id: string | null) =>
    rubrics.find((rubric) => rubric.id === id)?.name ?? '';
  const rubricOptions: RubricOption[] = rubrics.map((rubric) => ({
    value: rubric.id,
    label: rubric.defaultForKind
      ? `${rubric.name} (default for ${(rubric.defaultForKindName ?? rubric.defaultForKind).toLowerCase()} questions)`
      : rubric.name,
  }));

  const moveQuestion = (from: number, to: number) => {
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

  const addToKit = (question: KitQuestion) => {
    setDraft((current) => ({
      ...current,
      items: addQuestion(current.items, question),
    }));
    setMoveStatus(
      `Added “${question.prompt}” as question ${draft.items.length + 1}.`,
    );
  };

  const removeFromKit = (questionId: string) => {
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

  const changeMinutes = (questionId: string, minutes: number | null) => {
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

  const markSaved = (saved: Kit) => {
    const savedAsDraft = draftFromKit(saved);
    editor.reset(savedAsDraft);
    setSavedDraft(savedAsDraft);
    setBaseVersion(saved.version);
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

  const keepTheirs = () =>
    conflict.keepTheirs((kept) => {
      markSaved(kept);
      notify({
        color: 'blue',
        title: 'Their version kept',
        message: `Your changes were discarded; this is version ${kept.version}.`,
      });
    });

  const { theirs } = conflict;

  return {
    draft,
    errors: editor.errors,
    formError: editor.formError,
    update: editor.update,
    rubricOptions,
    rubricsError,
    baseVersion,
    isDirty: savedDraft !== null && !isSameKitDraft(draft, savedDraft),
    total: totalPlannedMinutes(draft.items),
    selectedIds: new Set(draft.items.map((item) => item.question.id)),
    moveStatus,
    questionsHeadingRef,
    moveQuestion,
    addToKit,
    removeFromKit,
    changeMinutes,
    /** The create or update mutation is running. */
    isSaving: isCreating || isUpdating,
    isResolving: conflict.isResolving,
    submit: () => editor.submit((submitted) => save(baseVersion, submitted)),
    /** Their version and mine, while a conflict is open. */
    comparison: theirs
      ? {
          theirs: snapshotOf(
            draftFromKit(theirs),
            theirs.version,
            theirs.rubric.name,
          ),
          mine: snapshotOf(draft, null, rubricName(draft.rubricId)),
        }
      : null,
    keepTheirs,
    saveMine: () =>
      editor.saveOverTheirs((latest, submitted) =>
        save(latest.version, submitted),
      ),
    closeConflict: conflict.close,
  };
}

export type KitEditorState = ReturnType<typeof useKitEditorState>;
