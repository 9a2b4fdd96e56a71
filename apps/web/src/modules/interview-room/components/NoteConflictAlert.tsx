import { SimpleGrid, Text } from '@mantine/core';

import { AutosaveConflictAlert } from '@web/modules/autosave/components/AutosaveConflictAlert';

export type NoteConflictAlertProps = {
  storedText: string | null;
  myText: string;
  onKeepMine: () => void;
  onTakeStored: () => void;
};

/** A save met a newer stored note: the user chooses; nothing is overwritten silently. */
export function NoteConflictAlert({
  storedText,
  myText,
  onKeepMine,
  onTakeStored,
}: NoteConflictAlertProps) {
  return (
    <AutosaveConflictAlert
      title="These notes were changed elsewhere"
      message="Another tab or device saved these notes after you started this edit. Choose which version to keep; yours stays on screen until you do."
      takeLabel="Use the stored version"
      canTake={storedText !== null}
      onKeepMine={onKeepMine}
      onTake={onTakeStored}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NoteVersion title="Stored version" text={storedText} />
        <NoteVersion title="Your version" text={myText} />
      </SimpleGrid>
    </AutosaveConflictAlert>
  );
}

function NoteVersion({ title, text }: { title: string; text: string | null }) {
  return (
    <div>
      <Text size="xs" fw={600}>
        {title}
      </Text>
      <Text
        size="sm"
        style={{ whiteSpace: 'pre-wrap', maxHeight: 160, overflowY: 'auto' }}
        bg="var(--mantine-color-body)"
        p="xs"
        bdrs="sm"
      >
        {text === null ? 'Could not be read' : text || '(empty)'}
      </Text>
    </div>
  );
}
