import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  ActionIcon,
  Badge,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
} from '@mantine/core';

import {
  type KitDraftItem,
  MAX_PLANNED_MINUTES,
  MIN_PLANNED_MINUTES,
  questionLabel,
} from '@web/modules/kits/utils/kitDraft';

export type KitQuestionListProps = {
  items: KitDraftItem[];
  /** Minutes errors by question id. */
  errors: Record<string, string>;
  onMove: (from: number, to: number) => void;
  onMinutesChange: (questionId: string, minutes: number | null) => void;
  onRemove: (questionId: string) => void;
};

function promptOf(items: readonly KitDraftItem[], id: unknown): string {
  return items.find((item) => item.question.id === id)?.question.prompt ?? '';
}

/** The kit's questions in interview order: drag, or use the move buttons, to reorder. */
export function KitQuestionList({
  items,
  errors,
  onMove,
  onMinutesChange,
  onRemove,
}: KitQuestionListProps) {
  const sensors = useSensors(
    // A small distance keeps clicks on the handle from starting a drag.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
    }),
  );
  const ids = items.map((item) => item.question.id);
  const positionOf = (id: unknown) => ids.indexOf(String(id)) + 1;

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) {
      onMove(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
    }
  };

  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="kit-questions-empty">
        No questions yet. Search the bank below and add the ones to ask, in
        order.
      </Text>
    );
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={handleDragEnd}
      accessibility={{
        screenReaderInstructions: {
          draggable:
            'To reorder, press space or enter to pick the question up, use the arrow keys to move it, then space or enter to drop it, or escape to cancel.',
        },
        announcements: {
          onDragStart: ({ active }) =>
            `Picked up question ${positionOf(active.id)}: ${promptOf(items, active.id)}.`,
          onDragOver: ({ active, over }) =>
            over
              ? `Question ${positionOf(active.id)} is over position ${positionOf(over.id)}.`
              : `Question ${positionOf(active.id)} is no longer over a position.`,
          onDragEnd: ({ active, over }) =>
            over
              ? `Question ${positionOf(active.id)} dropped at position ${positionOf(over.id)}.`
              : `Question ${positionOf(active.id)} dropped.`,
          onDragCancel: ({ active }) =>
            `Moving question ${positionOf(active.id)} was cancelled.`,
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <Stack
          component="ol"
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label="Questions in interview order"
        >
          {items.map((item, index) => (
            <SortableQuestionRow
              key={item.question.id}
              item={item}
              index={index}
              count={items.length}
              error={errors[item.question.id] ?? null}
              onMove={onMove}
              onMinutesChange={onMinutesChange}
              onRemove={onRemove}
            />
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}

type SortableQuestionRowProps = {
  item: KitDraftItem;
  index: number;
  count: number;
  error: string | null;
  onMove: (from: number, to: number) => void;
  onMinutesChange: (questionId: string, minutes: number | null) => void;
  onRemove: (questionId: string) => void;
};

function SortableQuestionRow({
  item,
  index,
  count,
  error,
  onMove,
  onMinutesChange,
  onRemove,
}: SortableQuestionRowProps) {
  const { question } = item;
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: question.id });
  const position = index + 1;
  const isFirst = index === 0;
  const isLast = index === count - 1;
  const promptId = `kit-item-prompt-${question.id}`;

  return (
    <li
      ref={setNodeRef}
      data-testid="kit-item"
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        position: 'relative',
        zIndex: isDragging ? 2 : undefined,
      }}
    >
      <Paper
        withBorder
        p="xs"
        shadow={isDragging ? 'md' : undefined}
        style={{ opacity: isDragging ? 0.9 : 1 }}
      >
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={`Drag to reorder question ${position}`}
            style={{
              cursor: isDragging ? 'grabbing' : 'grab',
              touchAction: 'none',
            }}
            {...attributes}
            {...listeners}
          >
            <span aria-hidden="true" style={{ fontSize: 18, lineHeight: 1 }}>
              ⠿
            </span>
          </ActionIcon>
          <Text fw={600} size="sm" w={24} ta="right" mt={6} aria-hidden="true">
            {position}.
          </Text>
          <Stack gap={4} style={{ flex: 1, minWidth: 0 }} mt={4}>
            <Text size="sm" id={promptId} lineClamp={3}>
              <span className="pw-visually-hidden">Question {position}: </span>
              {question.prompt}
            </Text>
            <Group gap={6}>
              <Badge size="xs" variant="light" color="indigo">
                {questionLabel(question)}
              </Badge>
              <Text size="xs" c="dimmed">
                {question.guide.title}
                {question.number === null ? '' : ` · Q${question.number}`}
              </Text>
              {question.retired ? (
                <Badge size="xs" variant="light" color="red">
                  Retired from its guide
                </Badge>
              ) : null}
            </Group>
          </Stack>
          <NumberInput
            aria-label={`Minutes for question ${position}`}
            value={item.plannedMinutes ?? ''}
            onChange={(value) =>
              onMinutesChange(
                question.id,
                typeof value === 'number' ? value : null,
              )
            }
            min={MIN_PLANNED_MINUTES}
            max={MAX_PLANNED_MINUTES}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            rightSection={
              <Text size="xs" c="dimmed" aria-hidden="true">
                min
              </Text>
            }
            rightSectionWidth={36}
            rightSectionPointerEvents="none"
            hideControls
            error={error}
            w={96}
            size="sm"
          />
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Move question ${position} up`}
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
              aria-label={`Move question ${position} down`}
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
              aria-label={`Remove question ${position}`}
              onClick={() => onRemove(question.id)}
            >
              <span aria-hidden="true">✕</span>
            </ActionIcon>
          </Group>
        </Group>
      </Paper>
    </li>
  );
}
