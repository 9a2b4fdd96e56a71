import { useState } from 'react';

import {
  useVersionConflict,
  type UseVersionConflictResult,
} from '@web/modules/shared/hooks/useVersionConflict';
import type { ApiError } from '@web/modules/shared/utils/apiError';

export const FIX_MARKED_FIELDS = 'Fix the marked fields, then save again.';

export type UseDraftEditorArgs<TDraft, TErrors extends { form?: string }, T> = {
  /** The draft the editor opens with. */
  initialDraft: () => TDraft;
  /** Errors when there are none. */
  noErrors: TErrors;
  validate: (draft: TDraft) => TErrors;
  hasErrors: (errors: TErrors) => boolean;
  /** The field errors a refused save names, or null to show it on the form. */
  fieldErrorsOf: (error: ApiError, submitted: TDraft) => TErrors | null;
  /** The saved record's id; undefined while creating. */
  id: string | undefined;
  fetchLatest: (id: string) => Promise<T>;
  /** What is edited, for messages: "kit", "rubric", … */
  noun: string;
  isConflict?: (error: ApiError) => boolean;
};

export type UseDraftEditorResult<TDraft, TErrors, T> = {
  draft: TDraft;
  /** Changes some of the draft's fields. */
  update: (patch: Partial<TDraft>) => void;
  setDraft: (next: (current: TDraft) => TDraft) => void;
  errors: TErrors;
  setErrors: (next: (current: TErrors) => TErrors) => void;
  /** Why the last save failed, shown above the form. */
  formError: string | null;
  conflict: UseVersionConflictResult<T>;
  /** Validates, then saves the draft; a stale save opens the conflict. */
  submit: (save: (submitted: TDraft) => Promise<void>) => Promise<void>;
  /** Saves the draft over their version (the conflict's "save mine"). */
  saveOverTheirs: (
    save: (theirs: T, submitted: TDraft) => Promise<void>,
  ) => Promise<void>;
  /** Shows `next` as the draft, clearing every error (after a save or a reload). */
  reset: (next: TDraft) => void;
};

/**
 * The draft of a versioned editor: field and form errors, validation before
 * a save, server errors placed on their fields, and optimistic locking.
 */
export function useDraftEditor<TDraft, TErrors extends { form?: string }, T>({
  initialDraft,
  noErrors,
  validate,
  hasErrors,
  fieldErrorsOf,
  id,
  fetchLatest,
  noun,
  isConflict,
}: UseDraftEditorArgs<TDraft, TErrors, T>): UseDraftEditorResult<
  TDraft,
  TErrors,
  T
> {
  const [draft, setDraft] = useState<TDraft>(initialDraft);
  const [errors, setErrors] = useState<TErrors>(noErrors);
  const [formError, setFormError] = useState<string | null>(null);
  const conflict = useVersionConflict({
    id,
    fetchLatest,
    noun,
    onLoadError: setFormError,
    isConflict,
  });

  const showApiError = (apiError: ApiError, submitted: TDraft) => {
    const fieldErrors = fieldErrorsOf(apiError, submitted);
    if (fieldErrors) {
      setErrors(fieldErrors);
    } else {
      setFormError(apiError.message);
    }
  };

  const submit = async (save: (submitted: TDraft) => Promise<void>) => {
    setFormError(null);
    const validation = validate(draft);
    setErrors(validation);
    if (hasErrors(validation)) {
      setFormError(validation.form ?? FIX_MARKED_FIELDS);

      return;
    }
    const submitted = draft;
    try {
      await save(submitted);
    } catch (error) {
      await conflict.handleSaveError(error, (apiError) =>
        showApiError(apiError, submitted),
      );
    }
  };

  const saveOverTheirs = (
    save: (theirs: T, submitted: TDraft) => Promise<void>,
  ) => {
    const submitted = draft;

    return conflict.saveMine(
      (theirs) => save(theirs, submitted),
      (apiError) => showApiError(apiError, submitted),
    );
  };

  const reset = (next: TDraft) => {
    setDraft(next);
    setErrors(noErrors);
    setFormError(null);
  };

  return {
    draft,
    update: (patch) => setDraft((current) => ({ ...current, ...patch })),
    setDraft,
    errors,
    setErrors,
    formError,
    conflict,
    submit,
    saveOverTheirs,
    reset,
  };
}
