import { type Ref, useId } from 'react';
import {
  Alert,
  Button,
  Collapse,
  Divider,
  Group,
  Kbd,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';

import type { RoomQuestion } from '@web/modules/interview-room/hooks/useInterviewRoom';
import { useIsTouchDevice } from '@web/modules/interview-room/hooks/useIsTouchDevice';
import type { NoteQueue } from '@web/modules/interview-room/hooks/useNoteAutosave';
import { ModelAnswer } from '@web/modules/questions/components/ModelAnswer';
import {
  formatClockTime,
  formatDate,
} from '@web/modules/shared/utils/formatDate';

import { FollowUpChecklist } from './FollowUpChecklist';
import { NoteEditor } from './NoteEditor';
import { QuestionTimer } from './QuestionTimer';

export type CurrentQuestionProps = {
  /** The viewer's profile zone: every time shown is in it. */
  timeZone: string;
  item: RoomQuestion;
  index: number;
  plan: readonly RoomQuestion[];
  completedAt: string | null;
  noteQueue: NoteQueue;
  notesRef: Ref<HTMLTextAreaElement>;
  /** The lead or a co-interviewer, on a session still open. */
  canRunQuestions: boolean;
  canWriteNotes: boolean;
  isAnswerShown: boolean;
  isBusy: boolean;
  onToggleAnswer: () => void;
  onMarkAsked: (isAsked: boolean) => void;
  onSkip: (isSkipped: boolean) => void;
  onPrevious: () => void;
  onNext: () => void;
};

/** The question being asked: prompt, model answer, follow-ups and notes. */
export function CurrentQuestion({
  timeZone,
  item,
  index,
  plan,
  completedAt,
  noteQueue,
  notesRef,
  canRunQuestions,
  canWriteNotes,
  isAnswerShown,
  isBusy,
  onToggleAnswer,
  onMarkAsked,
  onSkip,
  onPrevious,
  onNext,
}: CurrentQuestionProps) {
  const headingId = useId();
  const answerId = useId();
  const isTouch = useIsTouchDevice();
  const { question } = item;
  const label = `Q${index + 1}`;
  const source = [
    question.kindName,
    question.guide.title,
    question.number ? `question ${question.number}` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby={headingId}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap={4}>
              <Text size="sm" fw={600}>
                Question {index + 1} of {plan.length}
              </Text>
              <Button
                variant="subtle"
                size="compact-xs"
                onClick={onPrevious}
                disabled={index === 0}
              >
                ← Previous
              </Button>
              <Button
                variant="subtle"
                size="compact-xs"
                onClick={onNext}
                disabled={index === plan.length - 1}
              >
                Next →
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {source}
            </Text>
          </Stack>
          <QuestionTimer
            question={item}
            plan={plan}
            completedAt={completedAt}
          />
        </Group>
        <Title order={2} size="h3" id={headingId}>
          <Text span inherit c="dimmed" mr={6}>
            {label}.
          </Text>
          {question.prompt}
        </Title>
        {item.previouslyAskedAt ? (
          <Alert color="orange" variant="light" title="Asked before">
            This candidate was already asked this question on{' '}
            {formatDate(item.previouslyAskedAt, timeZone)}. Consider skipping it
            or asking a variant.
          </Alert>
        ) : null}
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            {item.askedAt ? (
              <>
                <Text size="sm" c="teal.9" fw={600}>
                  ✓ Asked {formatClockTime(item.askedAt, timeZone)}
                  {item.askedBy ? ` by ${item.askedBy.name}` : ''}
                </Text>
                {canRunQuestions ? (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onMarkAsked(false)}
                    disabled={isBusy}
                  >
                    Undo asked
                  </Button>
                ) : null}
              </>
            ) : (
              <Button
                onClick={() => onMarkAsked(true)}
                disabled={!canRunQuestions || isBusy}
                rightSection={isTouch ? undefined : <Kbd size="xs">a</Kbd>}
              >
                Mark asked
              </Button>
            )}
            {item.askedAt ? null : (
              <Button
                variant="default"
                onClick={() => onSkip(!item.skippedAt)}
                disabled={!canRunQuestions || isBusy}
              >
                {item.skippedAt ? 'Bring back' : 'Skip'}
              </Button>
            )}
            {item.skippedAt ? (
              <Text size="sm" c="dimmed">
                Skipped
              </Text>
            ) : null}
          </Group>
          <Button
            variant="light"
            size="sm"
            onClick={onToggleAnswer}
            aria-expanded={isAnswerShown}
            aria-controls={answerId}
          >
            {isAnswerShown ? 'Hide model answer' : 'Show model answer'}
          </Button>
        </Group>
        <Collapse expanded={isAnswerShown} id={answerId} keepMounted={false}>
          {isAnswerShown ? (
            <Paper
              p="md"
              radius="md"
              bg="var(--mantine-color-gray-0)"
              component="section"
              aria-label="Model answer"
            >
              <ModelAnswer answer={question.answer} partHeadingOrder={3} />
            </Paper>
          ) : null}
        </Collapse>
        <Divider />
        <FollowUpChecklist
          followUps={question.followUps}
          queue={noteQueue}
          isReadOnly={!canWriteNotes}
        />
        <NoteEditor
          timeZone={timeZone}
          queue={noteQueue}
          label={`Notes on ${label}`}
          placeholder="What the candidate said, what they missed, signals for the scorecard…"
          isReadOnly={!canWriteNotes}
          textareaRef={notesRef}
        />
      </Stack>
    </Paper>
  );
}
