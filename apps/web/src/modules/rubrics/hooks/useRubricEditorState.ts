import { useState } from 'react';

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
import { useDraftEditor } from '@web/modules/shared/hooks/useDraftEditor';
import type { ApiError } from '@web/modules/shared/utils/apiError';
import { notify } from '@web/modules/shared/utils/notify';

const NO_ERRORS: RubricDraftErrors = {
  competencyNames: {},
  competencyAnchors: {},
};

function rubricFieldErrors(
  apiError: ApiError,
  submitted: RubricDraft,
): RubricDraftErrors | null {
  const competency = competencyKeyForErrorField(
    submitted.competencies,
    apiError.field,
  );
  if (competency?.part === 'name') {
    return {
      ...NO_ERRORS,
      competencyNames: { [competency.key]: apiError.message },
    };
  }
  if (competency) {
    return {
      ...NO_ERRORS,
      competencyAnchors: { [competency.key]: apiError.message },
    };
  }
  if (apiError.field === 'name') {
    return { ...NO_ERRORS, name: apiError.message };
  }

  return null;
}

/**
 * The rubric editor's state: the draft and its errors, the kind options and
 * another rubric already default for the kind, saving a new version, and a
 * stale save's conflict.
 */
export function useRubricEditorState(
  rubric: Rubric | undefined,
  onCreated?: (rubric: Rubric) => void,
) {
  const { createRubric, isCreating } = useCreateRubric();
  const { updateRubric, isUpdating } = useUpdateRubric();
  const fetchLatestRubric = useFetchLatestRubric();
  const { kinds } = useRubricKindOptions();
  const { rubrics } = useRubrics();
  const editor = useDraftEditor({
    initialDraft: () => (rubric ? draftFromRubric(rubric) : emptyRubricDraft()),
    noErrors: NO_ERRORS,
    validate: validateRubricDraft,
    hasErrors: hasRubricDraftErrors,
    fieldErrorsOf: rubricFieldErrors,
    id: rubric?.id,
    fetchLatest: fetchLatestRubric,
    noun: 'rubric',
  });
  const { draft, conflict } = editor;
  const [saved, setSaved] = useState<Rubric | null>(rubric ?? null);

  const options = kindOptions(kinds, draft.defaultForKind);
  const otherDefault = draft.defaultForKind
    ? rubrics.find(
        (other) =>
          other.id !== rubric?.id &&
          other.defaultForKind === draft.defaultForKind,
      )
    : undefined;

  const markSaved = (next: Rubric) => {
    setSaved(next);
    editor.reset(draftFromRubric(next));
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

  const reloadTheirs = () =>
    conflict.keepTheirs((kept) => {
      markSaved(kept);
      notify({
        color: 'blue',
        title: 'Their version loaded',
        message: `Your changes were discarded; this is version ${kept.version}.`,
      });
    });

  return {
    draft,
    errors: editor.errors,
    formError: editor.formError,
    update: editor.update,
    kindOptions: options,
    labelOfKind: (kind: string | null) => kindLabel(options, kind),
    /** Another rubric that is already the default for the chosen kind. */
    otherDefault,
    version: saved?.version ?? null,
    isDirty: saved ? !isSameRubricDraft(draft, draftFromRubric(saved)) : false,
    /** The create or update mutation is running. */
    isSaving: isCreating || isUpdating,
    isResolving: conflict.isResolving,
    submit: () => editor.submit((submitted) => save(submitted, saved)),
    /** Their version while a conflict is open. */
    theirs: conflict.theirs,
    reloadTheirs,
    overwriteWithMine: () =>
      // Their version becomes the base: its competency ids are the ones to keep.
      editor.saveOverTheirs((latest, submitted) => save(submitted, latest)),
    closeConflict: conflict.close,
  };
}
