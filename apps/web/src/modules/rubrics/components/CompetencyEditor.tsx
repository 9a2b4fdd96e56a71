import {
  ActionIcon,
  Fieldset,
  Group,
  SimpleGrid,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';

import type {
  CompetencyDraft,
  RubricScaleLevel,
} from '@web/modules/rubrics/utils/rubricDraft';

export type CompetencyEditorProps = {
  competency: CompetencyDraft;
  index: number;
  count: number;
  scale: RubricScaleLevel[];
  nameError?: string;
  anchorsError?: string;
  onChange: (competency: CompetencyDraft) => void;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
};

/** One competency: its name, description, and an anchor per scale level, as columns. */
export function CompetencyEditor({
  competency,
  index,
  count,
  scale,
  nameError,
  anchorsError,
  onChange,
  onMove,
  onRemove,
}: CompetencyEditorProps) {
  const position = index + 1;
  const title = competency.name.trim() || `Competency ${position}`;
  const isFirst = index === 0;
  const isLast = index === count - 1;

  return (
    <Fieldset
      legend={
        <Text component="span" fw={600}>
          {position}. {title}
        </Text>
      }
      data-testid="competency-editor"
      radius="md"
    >
      <Group justify="flex-end" gap={2} mt={-8} mb={4}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={`Move ${title} up`}
          aria-disabled={isFirst}
          data-disabled={isFirst || undefined}
          onClick={() => (isFirst ? undefined : onMove(index, index - 1))}
        >
          <span aria-hidden="true">↑</span>
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={`Move ${title} down`}
          aria-disabled={isLast}
          data-disabled={isLast || undefined}
          onClick={() => (isLast ? undefined : onMove(index, index + 1))}
        >
          <span aria-hidden="true">↓</span>
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={`Remove ${title}`}
          aria-disabled={count === 1}
          data-disabled={count === 1 || undefined}
          onClick={() => (count === 1 ? undefined : onRemove())}
        >
          <span aria-hidden="true">✕</span>
        </ActionIcon>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mb="sm">
        <TextInput
          label="Competency name"
          required
          value={competency.name}
          onChange={(event) =>
            onChange({ ...competency, name: event.currentTarget.value })
          }
          error={nameError}
          maxLength={120}
        />
        <Textarea
          label="What it measures"
          autosize
          minRows={1}
          maxRows={4}
          value={competency.description}
          onChange={(event) =>
            onChange({ ...competency, description: event.currentTarget.value })
          }
          maxLength={2000}
        />
      </SimpleGrid>
      <Text size="sm" fw={500} mb={4} id={`anchors-${competency.key}`}>
        Behavioural anchors: what a rating at each level looks like
      </Text>
      <SimpleGrid
        cols={{ base: 1, sm: 2, md: Math.min(scale.length, 5) }}
        spacing="sm"
        role="group"
        aria-labelledby={`anchors-${competency.key}`}
      >
        {scale.map(({ level, label }) => (
          <Textarea
            key={level}
            label={`${level} · ${label}`}
            aria-label={`${title}: anchor for ${level} · ${label}`}
            autosize
            minRows={3}
            maxRows={8}
            value={competency.anchors[level] ?? ''}
            onChange={(event) =>
              onChange({
                ...competency,
                anchors: {
                  ...competency.anchors,
                  [level]: event.currentTarget.value,
                },
              })
            }
            maxLength={1000}
          />
        ))}
      </SimpleGrid>
      {anchorsError ? (
        <Text size="sm" c="var(--mantine-color-error)" mt={4} role="alert">
          {anchorsError}
        </Text>
      ) : null}
    </Fieldset>
  );
}
