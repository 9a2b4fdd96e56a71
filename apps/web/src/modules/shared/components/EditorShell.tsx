import type { FormEvent, ReactNode } from 'react';
import { Alert, Stack } from '@mantine/core';

import { SaveBar, type SaveBarProps } from './SaveBar';

export type EditorShellProps = {
  /** Names the form, e.g. "Interview kit". */
  label: string;
  /** The title of the failed-save alert, e.g. "The kit was not saved". */
  errorTitle: string;
  /** Why the last save failed; null hides the alert. */
  formError: string | null;
  /** Runs on submit (the page does not reload). */
  onSubmit: () => Promise<void>;
  /** The foot of the form: version, unsaved changes and the submit button. */
  saveBar: SaveBarProps;
  /** The version-conflict dialog while one is open. */
  conflict?: ReactNode;
  children: ReactNode;
};

/**
 * The frame of a versioned editor (kits, rubrics): the failed-save alert, the
 * sections, the save bar, and the conflict dialog after a stale save.
 */
export function EditorShell({
  label,
  errorTitle,
  formError,
  onSubmit,
  saveBar,
  conflict,
  children,
}: EditorShellProps) {
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void onSubmit();
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={label}>
      <Stack gap="lg">
        {formError ? (
          <Alert color="red" title={errorTitle} role="alert">
            {formError}
          </Alert>
        ) : null}
        {children}
        <SaveBar {...saveBar} />
      </Stack>
      {conflict ?? null}
    </form>
  );
}
