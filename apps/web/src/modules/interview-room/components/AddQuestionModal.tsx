import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';

import { useRoomQuestionSearch } from '@web/modules/interview-room/hooks/useRoomQuestionSearch';

export type AddQuestionModalProps = {
  isOpen: boolean;
  /** Bank question ids already in the plan. */
  plannedQuestionIds: ReadonlySet<string>;
  isAdding: boolean;
  onAdd: (questionId: string, plannedMinutes: number) => void;
  onClose: () => void;
};

/** Search the bank and add a question at the end of the session's plan. */
export function AddQuestionModal({
  isOpen,
  onClose,
  ...content
}: AddQuestionModalProps) {
  return (
    <Modal
      opened={isOpen}
      onClose={onClose}
      title="Add a question from the bank"
      size="lg"
    >
      {/* Rendered while open only: it searches the bank as soon as it mounts. */}
      {isOpen ? <BankSearch {...content} /> : null}
    </Modal>
  );
}

function BankSearch({
  plannedQuestionIds,
  isAdding,
  onAdd,
}: Omit<AddQuestionModalProps, 'isOpen' | 'onClose'>) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const [plannedMinutes, setPlannedMinutes] = useState(5);
  const [addingId, setAddingId] = useState<string | null>(null);
  const { questions, totalCount, isTotalCountCapped, isLoading, error } =
    useRoomQuestionSearch(debouncedSearch);
  const trimmed = debouncedSearch.trim();
  const countLabel =
    totalCount === null
      ? ''
      : `${isTotalCountCapped ? 'At least ' : ''}${totalCount} ${totalCount === 1 ? 'question' : 'questions'}${trimmed ? ` match “${trimmed}”` : ' in the bank'}`;

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          label="Search the question bank"
          placeholder="e.g. caching"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          rightSection={
            isLoading ? <Loader size="xs" aria-label="Searching" /> : null
          }
          style={{ flex: 1 }}
          data-autofocus
        />
        <NumberInput
          label="Planned minutes"
          value={plannedMinutes}
          onChange={(value) =>
            setPlannedMinutes(typeof value === 'number' ? value : 5)
          }
          min={1}
          max={120}
          w={130}
        />
      </Group>
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {isLoading && totalCount === null ? 'Searching…' : countLabel}
      </Text>
      {error ? (
        <Alert color="red" title="Could not search the question bank">
          {error.message}
        </Alert>
      ) : null}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {questions.map((question) => {
          const isPlanned = plannedQuestionIds.has(question.id);

          return (
            <Paper
              component="li"
              key={question.id}
              withBorder
              p="sm"
              radius="md"
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Text size="sm">{question.prompt}</Text>
                  <Group gap={6}>
                    <Badge size="xs" variant="light" color="gray" tt="none">
                      {question.kindName}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {question.guide.title}
                    </Text>
                  </Group>
                </Stack>
                <Button
                  size="xs"
                  variant={isPlanned ? 'default' : 'filled'}
                  disabled={isPlanned || isAdding}
                  loading={isAdding && addingId === question.id}
                  aria-label={
                    isPlanned
                      ? `Already in the plan: ${question.prompt}`
                      : `Add to the plan: ${question.prompt}`
                  }
                  onClick={() => {
                    setAddingId(question.id);
                    onAdd(question.id, plannedMinutes);
                  }}
                >
                  {isPlanned ? 'In the plan' : 'Add'}
                </Button>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      {!isLoading && questions.length === 0 && !error ? (
        <Text size="sm">No question matches this search.</Text>
      ) : null}
    </Stack>
  );
}
