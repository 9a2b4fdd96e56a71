import { useId, useState } from 'react';
import {
  Button,
  Checkbox,
  CloseButton,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';

import { InlineMarkdown } from '@web/modules/questions/components/InlineMarkdown';
import { RichText } from '@web/modules/questions/components/RichText';
import { useAutosave } from '@web/modules/autosave/hooks/useAutosave';
import type { NoteQueue } from '@web/modules/interview-room/hooks/useNoteAutosave';
import {
  addCustomFollowUp,
  removeCustomFollowUp,
  toggleFollowUp,
} from '@web/modules/interview-room/utils/noteValue';

export type FollowUpChecklistProps = {
  followUps: readonly { text: string; response: string | null }[];
  /** The question's note: ticks and follow-ups written on the spot save with it. */
  queue: NoteQueue;
  isReadOnly?: boolean;
};

/** The guide's follow-up points as a checklist, plus the ones asked on the spot. */
export function FollowUpChecklist({
  followUps,
  queue,
  isReadOnly = false,
}: FollowUpChecklistProps) {
  const note = useAutosave(queue);
  const headingId = useId();
  const [draft, setDraft] = useState('');
  const asked = new Set(note.value.followUpsAsked);
  const add = () => {
    if (!draft.trim()) {
      return;
    }
    note.edit((previous) => addCustomFollowUp(previous, draft));
    setDraft('');
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        Follow-up points{' '}
        <Text span size="sm" c="dimmed" fw={400}>
          (
          {note.value.followUpsAsked.length + note.value.customFollowUps.length}{' '}
          asked)
        </Text>
      </Title>
      {followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          The guide lists no follow-up points for this question.
        </Text>
      ) : (
        <Stack gap="xs">
          {followUps.map((followUp, index) => (
            <Checkbox
              key={index}
              checked={asked.has(index)}
              disabled={isReadOnly}
              onChange={() =>
                note.edit((previous) => toggleFollowUp(previous, index))
              }
              label={<InlineMarkdown text={followUp.text} />}
              description={
                followUp.response ? (
                  <Text component="span" size="xs" c="dimmed">
                    <RichText text={followUp.response} />
                  </Text>
                ) : undefined
              }
            />
          ))}
        </Stack>
      )}
      {note.value.customFollowUps.length > 0 ? (
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {note.value.customFollowUps.map((text, index) => (
            <Group
              component="li"
              key={`${text}-${index}`}
              gap="xs"
              wrap="nowrap"
            >
              <Text size="sm" aria-hidden c="teal.8" fw={700}>
                ✓
              </Text>
              <Text size="sm" style={{ flex: 1 }}>
                {text}{' '}
                <Text span size="xs" c="dimmed">
                  (asked on the spot)
                </Text>
              </Text>
              {isReadOnly ? null : (
                <CloseButton
                  size="sm"
                  aria-label={`Remove the follow-up “${text}”`}
                  onClick={() =>
                    note.edit((previous) =>
                      removeCustomFollowUp(previous, index),
                    )
                  }
                />
              )}
            </Group>
          ))}
        </Stack>
      ) : null}
      {isReadOnly ? null : (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="Follow-up asked on the spot"
            placeholder="e.g. How would this change with ten times the traffic?"
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
            style={{ flex: 1 }}
            size="sm"
          />
          <Button
            size="sm"
            variant="default"
            onClick={add}
            disabled={!draft.trim()}
          >
            Add follow-up
          </Button>
        </Group>
      )}
    </Stack>
  );
}
