import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  ScrollArea,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';

import { GuideSelect } from '@web/modules/guides/components/GuideSelect';
import { useKitQuestionSearch } from '@web/modules/kits/hooks/useKitQuestionSearch';
import {
  type KitQuestion,
  questionLabel,
} from '@web/modules/kits/utils/kitDraft';

export type KitQuestionPickerProps = {
  /** Questions already in the kit, shown as added. */
  selectedIds: ReadonlySet<string>;
  onAdd: (question: KitQuestion) => void;
  isFull?: boolean;
};

const PAGE_SIZE = 8;
const MAX_RESULTS = 48;

/** A compact search over the question bank, to add questions to a kit. */
export function KitQuestionPicker({
  selectedIds,
  onAdd,
  isFull = false,
}: KitQuestionPickerProps) {
  const [search, setSearch] = useState('');
  const [guideId, setGuideId] = useState<string | null>(null);
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const { questions, totalCount, isTotalCountCapped, isLoading, error } =
    useKitQuestionSearch(debouncedSearch, guideId, limit);
  const trimmed = debouncedSearch.trim();
  const scope = guideId ? 'in this guide' : 'in the bank';
  const countLabel =
    totalCount === null
      ? ''
      : `${isTotalCountCapped ? 'At least ' : ''}${totalCount} ${totalCount === 1 ? 'question' : 'questions'}${trimmed ? ` match “${trimmed}”` : ''} ${scope}`;

  return (
    <Stack gap="sm">
      <TextInput
        label="Search the question bank"
        description='Words from the prompt, answer or follow-ups; "quoted phrase" and -exclude work too.'
        placeholder="e.g. normalization"
        type="search"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setLimit(PAGE_SIZE);
        }}
        onKeyDown={(event) => {
          // Enter searches as you type already; it must not submit the kit form.
          if (event.key === 'Enter') {
            event.preventDefault();
          }
        }}
        rightSection={
          isLoading ? <Loader size="xs" aria-label="Searching" /> : null
        }
      />
      <GuideSelect
        value={guideId}
        onChange={(picked) => {
          setGuideId(picked);
          setLimit(PAGE_SIZE);
        }}
      />
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {isLoading && totalCount === null ? 'Searching…' : countLabel}
      </Text>
      {error ? (
        <Alert color="red" title="Could not search the question bank">
          {error.message}
        </Alert>
      ) : null}
      {!isLoading && questions.length === 0 && !error ? (
        <Text size="sm">
          {trimmed
            ? 'No question matches. Try other words.'
            : guideId
              ? 'This guide has no active questions.'
              : 'The question bank is empty. Import a guide first.'}
        </Text>
      ) : null}
      {/* The list scrolls on its own so the kit stays in view beside it. */}
      <ScrollArea.Autosize mah={560} type="auto" offsetScrollbars>
        <Stack
          component="ul"
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label="Search results"
        >
          {questions.map((question) => {
            const isAdded = selectedIds.has(question.id);

            return (
              <li key={question.id} data-testid="picker-result">
                <Paper withBorder p="xs">
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                      <Text size="sm" lineClamp={3}>
                        {question.prompt}
                      </Text>
                      <Group gap={6}>
                        <Badge size="xs" variant="light" color="indigo">
                          {questionLabel(question)}
                        </Badge>
                        <Text size="xs" c="dimmed">
                          {question.guide.title}
                          {question.number === null
                            ? ''
                            : ` · Q${question.number}`}
                        </Text>
                      </Group>
                    </Stack>
                    <Button
                      size="xs"
                      variant={isAdded ? 'light' : 'default'}
                      disabled={isAdded || isFull}
                      onClick={() => onAdd(question)}
                      aria-label={
                        isAdded
                          ? `Added: ${question.prompt}`
                          : `Add ${question.prompt}`
                      }
                    >
                      {isAdded ? 'Added' : 'Add'}
                    </Button>
                  </Group>
                </Paper>
              </li>
            );
          })}
        </Stack>
      </ScrollArea.Autosize>
      {totalCount !== null &&
      totalCount > questions.length &&
      limit < MAX_RESULTS ? (
        <Button
          variant="subtle"
          size="xs"
          onClick={() => setLimit((current) => current + PAGE_SIZE)}
          style={{ alignSelf: 'flex-start' }}
        >
          Show more results
        </Button>
      ) : null}
    </Stack>
  );
}
