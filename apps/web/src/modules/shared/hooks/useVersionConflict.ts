import { useState } from 'react';

import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type UseVersionConflictArgs<T> = {
  /** The saved record's id; undefined while creating, when nothing can conflict. */
  id: string | undefined;
  /** Reads their version from the server, bypassing the cache. */
  fetchLatest: (id: string) => Promise<T>;
  /** What is edited, for messages: "kit", "rubric", … */
  noun: string;
  /** Shows a message on the form: loading their version failed. */
  onLoadError: (message: string) => void;
  /** Whether a failed save lost the race; by default CONFLICT on expectedVersion. */
  isConflict?: (error: ApiError) => boolean;
};

export type UseVersionConflictResult<T> = {
  /** Their version while the conflict is open, null otherwise. */
  theirs: T | null;
  /** Mine is being saved over theirs. */
  isResolving: boolean;
  /** After a failed save: opens the conflict, or hands any other error on. */
  handleSaveError: (
    error: unknown,
    onOtherError: (error: ApiError) => void,
  ) => Promise<void>;
  /**
   * Saves mine over theirs with `saveOver(theirs)`; conflicting again compares
   * with the newer version, any other error closes the conflict.
   */
  saveMine: (
    saveOver: (theirs: T) => Promise<void>,
    onOtherError: (error: ApiError) => void,
  ) => Promise<void>;
  /** Closes the conflict, handing their version to `load` (mine is discarded). */
  keepTheirs: (load: (theirs: T) => void) => void;
  /** Closes without choosing: the edit stays, unsaved. */
  close: () => void;
};

export function isVersionConflict(error: ApiError): boolean {
  return error.code === 'CONFLICT' && error.field === 'expectedVersion';
}

/**
 * Optimistic locking in an editor: a save answered CONFLICT loads their
 * version to compare with mine, then keep theirs or save mine over it.
 */
export function useVersionConflict<T>({
  id,
  fetchLatest,
  noun,
  onLoadError,
  isConflict = isVersionConflict,
}: UseVersionConflictArgs<T>): UseVersionConflictResult<T> {
  const [theirs, setTheirs] = useState<T | null>(null);
  const [isResolving, setIsResolving] = useState(false);

  const openConflict = async (conflictId: string) => {
    try {
      setTheirs(await fetchLatest(conflictId));
    } catch (error) {
      onLoadError(
        `Someone else saved this ${noun}, and loading their version failed: ${toApiError(error).message}`,
      );
    }
  };

  const handleSaveError = async (
    error: unknown,
    onOtherError: (error: ApiError) => void,
  ) => {
    const apiError = toApiError(error);
    if (isConflict(apiError) && id !== undefined) {
      await openConflict(id);
    } else {
      onOtherError(apiError);
    }
  };

  const saveMine = async (
    saveOver: (theirs: T) => Promise<void>,
    onOtherError: (error: ApiError) => void,
  ) => {
    if (!theirs || id === undefined) {
      return;
    }
    setIsResolving(true);
    try {
      await saveOver(theirs);
      setTheirs(null);
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        // Saved again in the meantime: compare with that newer version.
        await openConflict(id);
      } else {
        setTheirs(null);
        onOtherError(apiError);
      }
    } finally {
      setIsResolving(false);
    }
  };

  const keepTheirs = (load: (theirs: T) => void) => {
    if (!theirs) {
      return;
    }
    load(theirs);
    setTheirs(null);
  };

  return {
    theirs,
    isResolving,
    handleSaveError,
    saveMine,
    keepTheirs,
    close: () => setTheirs(null),
  };
}
