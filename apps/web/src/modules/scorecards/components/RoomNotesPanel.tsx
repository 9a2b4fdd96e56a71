import {
  Anchor,
  Button,
  Group,
  List,
  Menu,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';

import type { RoomNoteView } from '@web/modules/scorecards/utils/roomNotes';

export type RoomNotesPanelProps = {
  sessionId: string;
  notes: readonly RoomNoteView[];
  competencies: readonly { id: string; name: string }[];
  /** What is written now, to mark where a note already went. */
  evidenceOf: (competencyId: string) => string;
  summary: string;
  /** False once submitted (until amending): notes are still shown. */
  canPull: boolean;
  onAddToEvidence: (competencyId: string, snippet: string) => void;
  onAddToSummary: (snippet: string) => void;
};

/** Your own notes from the interview room, beside the form, each one a click from the evidence. */
export function RoomNotesPanel({
  sessionId,
  notes,
  competencies,
  evidenceOf,
  summary,
  canPull,
  onAddToEvidence,
  onAddToSummary,
}: RoomNotesPanelProps) {
  // Beside the form the notes may fill the screen; above it on a phone, less.
  const isWide = useMediaQuery('(min-width: 62em)');

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="section"
      aria-labelledby="room-notes-heading"
    >
      <Stack gap="xs">
        <div>
          <Title order={2} size="h5" id="room-notes-heading">
            Your notes from the room
          </Title>
          <Text size="xs" c="dimmed">
            Only you see these.{' '}
            {canPull ? 'Add a note to a competency’s evidence.' : ''}
          </Text>
        </div>
        {notes.length === 0 ? (
          <Text size="sm" c="dimmed">
            You took no notes in the{' '}
            <Anchor
              component={Link}
              to={`/sessions/${sessionId}/room`}
              size="sm"
            >
              interview room
            </Anchor>
            .
          </Text>
        ) : (
          <ScrollArea.Autosize
            mah={isWide ? 'calc(100vh - 220px)' : '45vh'}
            type="auto"
            offsetScrollbars
          >
            <Stack
              gap="xs"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
            >
              {notes.map((note) => (
                <Paper
                  key={note.id}
                  component="li"
                  withBorder
                  radius="sm"
                  p="xs"
                  bg="var(--mantine-color-gray-0)"
                  aria-label={
                    note.label ? `Notes on ${note.label}` : 'Overall notes'
                  }
                  data-testid="room-note"
                >
                  <Stack gap={6}>
                    <Text size="sm" fw={600} lineClamp={2}>
                      {note.label
                        ? `${note.label}. ${note.prompt ?? ''}`
                        : 'Overall notes'}
                    </Text>
                    {note.followUpsAsked.length > 0 ? (
                      <div>
                        <Text size="xs" c="dimmed">
                          Follow-ups asked
                        </Text>
                        <List size="xs" spacing={2}>
                          {note.followUpsAsked.map((followUp) => (
                            <List.Item key={followUp}>{followUp}</List.Item>
                          ))}
                        </List>
                      </div>
                    ) : null}
                    {note.text ? (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {note.text}
                      </Text>
                    ) : (
                      <Text size="xs" c="dimmed">
                        No notes written.
                      </Text>
                    )}
                    {canPull && note.text ? (
                      <Group gap="xs">
                        <Menu position="bottom-start" withinPortal shadow="md">
                          <Menu.Target>
                            <Button
                              size="compact-xs"
                              variant="light"
                              aria-label={`Add ${note.label ? `the note on ${note.label}` : 'the overall note'} to evidence`}
                            >
                              Add to evidence ▾
                            </Button>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Label>Competency</Menu.Label>
                            {competencies.map((competency) => {
                              const isThere = evidenceOf(
                                competency.id,
                              ).includes(note.snippet);

                              return (
                                <Menu.Item
                                  key={competency.id}
                                  disabled={isThere}
                                  onClick={() =>
                                    onAddToEvidence(competency.id, note.snippet)
                                  }
                                >
                                  {competency.name}
                                  {isThere ? ' ✓ added' : ''}
                                </Menu.Item>
                              );
                            })}
                            <Menu.Divider />
                            <Menu.Item
                              disabled={summary.includes(note.snippet)}
                              onClick={() => onAddToSummary(note.snippet)}
                            >
                              Summary
                              {summary.includes(note.snippet) ? ' ✓ added' : ''}
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Group>
                    ) : null}
                  </Stack>
                </Paper>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Paper>
  );
}
