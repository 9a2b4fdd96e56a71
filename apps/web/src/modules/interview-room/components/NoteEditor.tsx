import { type Ref, useId } from 'react';
import { Group, Stack, Text, Textarea } from '@mantine/core';

import { SaveStateIndicator } from '@web/modules/autosave/components/SaveStateIndicator';
import { useAutosave } from '@web/modules/autosave/hooks/useAutosave';
import type { NoteQueue } from '@web/modules/interview-room/hooks/useNoteAutosave';

import { NoteConflictAlert } from './NoteConflictAlert';

export type NoteEditorProps = {
  /** The viewer's profile zone. */
  timeZone: string;
  queue: NoteQueue;
  /** Names the field and its save state, e.g. "Notes on Q2". */
  label: string;
  description?: string;
  placeholder?: string;
  isReadOnly?: boolean;
  minRows?: number;
  textareaRef?: Ref<HTMLTextAreaElement>;
};

/** A notes field that autosaves (see useNoteAutosave) and shows where its save stands. */
export function NoteEditor({
  timeZone,
  queue,
  label,
  description,
  placeholder,
  isReadOnly = false,
  minRows = 5,
  textareaRef,
}: NoteEditorProps) {
  const note = useAutosave(queue);
  const id = useId();

  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="sm">
        <Text component="label" htmlFor={id} fw={600} size="sm">
          {label}
        </Text>
        <SaveStateIndicator
          timeZone={timeZone}
          status={note.status}
          savedAt={note.savedAt}
          error={note.error}
          subject={label}
          onRetry={note.retry}
        />
      </Group>
      {description ? (
        <Text size="xs" c="dimmed" mt={-4}>
          {description}
        </Text>
      ) : null}
      <Textarea
        id={id}
        ref={textareaRef}
        value={note.value.text}
        placeholder={placeholder}
        readOnly={isReadOnly}
        autosize
        minRows={minRows}
        maxRows={20}
        onChange={(event) => {
          const text = event.currentTarget.value;
          note.edit((previous) => ({ ...previous, text }));
        }}
        // Leaving the field saves at once: the next question may be a click away.
        onBlur={note.flush}
        onKeyDown={(event) => {
          // Escape hands the keyboard back to the room's shortcuts.
          if (event.key === 'Escape') {
            event.currentTarget.blur();
          }
        }}
      />
      {note.conflict ? (
        <NoteConflictAlert
          storedText={note.conflict.currentValue?.text ?? null}
          myText={note.value.text}
          onKeepMine={note.keepMine}
          onTakeStored={() => note.takeTheirs()}
        />
      ) : null}
    </Stack>
  );
}
