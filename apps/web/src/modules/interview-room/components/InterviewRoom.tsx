import { Suspense, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';

import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import {
  type RoomQuestion,
  type RoomSession,
} from '@web/modules/interview-room/hooks/useInterviewRoom';
import { useIsTouchDevice } from '@web/modules/interview-room/hooks/useIsTouchDevice';
import { useNoteAutosave } from '@web/modules/interview-room/hooks/useNoteAutosave';
import { useRoomActions } from '@web/modules/interview-room/hooks/useRoomActions';
import { useRoomActivity } from '@web/modules/interview-room/hooks/useRoomActivity';
import { useRoomPresence } from '@web/modules/interview-room/hooks/useRoomPresence';
import { useRoomShortcuts } from '@web/modules/interview-room/hooks/useRoomShortcuts';
import {
  activityMessage,
  changesPlan,
  changesPresence,
} from '@web/modules/interview-room/utils/activityMessage';
import type { RoomShortcut } from '@web/modules/interview-room/utils/roomShortcuts';
import { lazyNamed } from '@web/modules/shared/utils/lazyNamed';
import { notify } from '@web/modules/shared/utils/notify';

import { CurrentQuestion } from './CurrentQuestion';
import classes from './InterviewRoom.module.css';
import { KitInstructions } from './KitInstructions';
import { LiveFeed, type LiveFeedEntry } from './LiveFeed';
import { NoteEditor } from './NoteEditor';
import { QuestionPlan } from './QuestionPlan';
import { RoomControlBar } from './RoomControlBar';
import { RoomHeader } from './RoomHeader';
import { RoomPresenceList } from './RoomPresenceList';
import { RubricReference } from './RubricReference';

// The dialogs (Mantine's Modal, the bank search with its NumberInput) are not
// needed to run the interview: they load just after the room has rendered.
const AddQuestionModal = lazyNamed(
  () => import('./AddQuestionModal'),
  'AddQuestionModal',
);
const CompleteSessionModal = lazyNamed(
  () => import('./CompleteSessionModal'),
  'CompleteSessionModal',
);
const ShortcutHelpModal = lazyNamed(
  () => import('./ShortcutHelpModal'),
  'ShortcutHelpModal',
);

export type InterviewRoomProps = {
  session: RoomSession;
  viewer: Viewer;
  onRefreshPlan: () => void;
};

type OpenDialog = 'add-question' | 'complete' | 'shortcuts' | null;
type SideTab = 'plan' | 'instructions' | 'rubric';

const FEED_LENGTH = 8;

/**
 * Where an interview picks up: the question asked last (still being
 * discussed after a reload), else the first one still to ask.
 */
function resumeQuestion(plan: readonly RoomQuestion[]): string | null {
  const lastAsked = plan
    .filter((item) => item.askedAt)
    .sort((a, b) => (b.askedAt ?? '').localeCompare(a.askedAt ?? ''))[0];

  return (
    lastAsked?.id ??
    plan.find((item) => !item.skippedAt)?.id ??
    plan[0]?.id ??
    null
  );
}

/** The room where the panel runs a session: plan, current question, notes, live activity. */
export function InterviewRoom({
  session,
  viewer,
  onRefreshPlan,
}: InterviewRoomProps) {
  const userId = viewer.user.id;
  const timeZone = viewer.user.timeZone;
  const plan = useMemo(
    () => [...session.questions].sort((a, b) => a.position - b.position),
    [session.questions],
  );
  const [searchParams, setSearchParams] = useSearchParams();
  const [selectedId, setSelectedId] = useState<string | null>(
    () => searchParams.get('q') ?? resumeQuestion(plan),
  );
  const currentIndex = Math.max(
    0,
    plan.findIndex((item) => item.id === selectedId),
  );
  const current = plan[currentIndex] ?? null;
  const [openDialog, setOpenDialog] = useState<OpenDialog>(null);
  const [isAnswerShown, setIsAnswerShown] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const network = useNetwork();
  const isTouch = useIsTouchDevice();
  // Before the interview, the kit's instructions are what to read first.
  const [sideTab, setSideTab] = useState<SideTab>(() =>
    session.status === 'SCHEDULED' && session.kitInstructions.trim()
      ? 'instructions'
      : 'plan',
  );
  const rubric = session.myScorecard ?? session.scoringRubric ?? null;

  const seat =
    session.panel.find((panelist) => panelist.user.id === userId)?.role ?? null;
  const isOpen =
    session.status === 'SCHEDULED' || session.status === 'IN_PROGRESS';
  const canRunSession = seat !== null && seat !== 'SHADOW';
  const canRunQuestions = canRunSession && isOpen;
  const canWriteNotes =
    seat !== null &&
    session.status !== 'CANCELLED' &&
    session.status !== 'NO_SHOW';

  const { queueFor } = useNoteAutosave(session.id, userId, session.myNotes);
  const actions = useRoomActions(session);

  const select = (id: string) => {
    setSelectedId(id);
    setSearchParams({ q: id }, { replace: true });
  };
  const move = (step: number) => {
    const next = plan[currentIndex + step];
    if (next) {
      select(next.id);
    }
  };
  const questionLabel = (sessionQuestionId: string) => {
    const index = plan.findIndex((item) => item.id === sessionQuestionId);

    return index < 0 ? null : `Q${index + 1}`;
  };

  const run = async (title: string, action: () => Promise<unknown>) => {
    setIsBusy(true);
    try {
      await action();
    } catch (error) {
      notify({
        color: 'red',
        title,
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setIsBusy(false);
    }
  };
  const markAsked = (item: RoomQuestion, isAsked: boolean) =>
    void run('Could not mark the question', () =>
      actions.markAsked(item.id, isAsked),
    );

  const presence = useRoomPresence(session.id);
  const { activities } = useRoomActivity(session.id, {
    // Room comings and goings of your own are left out of the feed: ask for a few more.
    limit: FEED_LENGTH * 2,
    onActivity: (activity) => {
      if (changesPlan(activity.kind)) {
        onRefreshPlan();
      }
      if (changesPresence(activity.kind)) {
        presence.refresh();
      }
    },
    onResync: () => {
      onRefreshPlan();
      presence.refresh();
    },
  });
  const feed: LiveFeedEntry[] = activities
    // Opening and leaving the room yourself is noise.
    .filter(
      (activity) =>
        !(changesPresence(activity.kind) && activity.actorId === userId),
    )
    .slice(0, FEED_LENGTH)
    .map((activity) => ({
      id: activity.id,
      message: activityMessage(activity, userId, questionLabel),
      at: activity.at,
    }));

  useRoomShortcuts(
    (shortcut: RoomShortcut) => {
      switch (shortcut) {
        case 'next':
          move(1);
          break;
        case 'previous':
          move(-1);
          break;
        case 'mark-asked':
          if (current && !current.askedAt && canRunQuestions && !isBusy) {
            markAsked(current, true);
          }
          break;
        case 'focus-notes':
          notesRef.current?.focus();
          break;
        case 'toggle-help':
          setOpenDialog((open) => (open === 'shortcuts' ? null : 'shortcuts'));
          break;
      }
    },
    openDialog === null || openDialog === 'shortcuts',
  );

  const plannedQuestionIds = new Set(plan.map((item) => item.question.id));
  const openQuestions = plan.filter(
    (item) => !item.askedAt && !item.skippedAt,
  ).length;
  const plannedMinutes = plan.reduce(
    (total, item) => total + item.plannedMinutes,
    0,
  );

  return (
    <Stack gap="md">
      <RoomHeader
        timeZone={timeZone}
        session={session}
        seat={seat}
        canRunSession={canRunSession}
        isStarting={actions.isStarting}
        onStart={() => void run('Could not start the session', actions.start)}
        onComplete={() => setOpenDialog('complete')}
        onShowShortcuts={() => setOpenDialog('shortcuts')}
        presence={
          <RoomPresenceList present={presence.present} viewerId={userId} />
        }
      />
      {network.online ? null : (
        <Alert color="orange" variant="light" title="You are offline">
          Notes stay on this device and are sent as soon as the connection
          returns. Keep writing.
        </Alert>
      )}
      {seat === null ? (
        <Alert color="indigo" variant="light" title="You are not on this panel">
          You can follow the session, but only the panel writes notes and marks
          questions.
        </Alert>
      ) : null}
      {session.status === 'SCHEDULED' && canRunSession ? (
        <Text size="sm" c="dimmed">
          Start the session when the candidate joins; marking a question asked
          starts it too.
          {isTouch ? null : (
            <>
              {' '}
              Press <strong>?</strong> for keyboard shortcuts.
            </>
          )}
        </Text>
      ) : null}
      {session.status === 'COMPLETED' && seat !== null ? (
        <Alert color="teal" variant="light" title="This interview is complete">
          Fill in your{' '}
          <Anchor
            component={Link}
            to={`/sessions/${session.id}/scorecard`}
            underline="always"
          >
            scorecard
          </Anchor>{' '}
          while it is fresh. Your notes stay editable.
        </Alert>
      ) : null}
      {/* Columns stretch to the taller one, so the sticky side has room to stick. */}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 2, md: 1 }}>
          <Stack gap="md" className={classes.side}>
            <Paper withBorder radius="md" p="sm">
              <Tabs
                value={sideTab}
                onChange={(tab) =>
                  setSideTab((tab as SideTab | null) ?? 'plan')
                }
                keepMounted={false}
              >
                <Tabs.List grow mb="xs">
                  <Tabs.Tab value="plan">Plan</Tabs.Tab>
                  <Tabs.Tab value="instructions">Instructions</Tabs.Tab>
                  <Tabs.Tab value="rubric">Rubric</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="plan">
                  <Stack
                    gap="xs"
                    component="nav"
                    aria-labelledby="plan-heading"
                  >
                    <Group justify="space-between" px={4}>
                      <Title order={2} size="h5" id="plan-heading">
                        Plan
                      </Title>
                      <Text size="xs" c="dimmed">
                        {plan.length} questions · {plannedMinutes} min
                      </Text>
                    </Group>
                    <QuestionPlan
                      timeZone={timeZone}
                      questions={plan}
                      currentId={current?.id ?? null}
                      onSelect={select}
                    />
                    {canRunQuestions ? (
                      <Button
                        variant="light"
                        size="xs"
                        onClick={() => setOpenDialog('add-question')}
                      >
                        + Add question from bank
                      </Button>
                    ) : null}
                  </Stack>
                </Tabs.Panel>
                <Tabs.Panel value="instructions" px={4}>
                  <Stack gap="xs">
                    <Title order={2} size="h5">
                      Instructions · {session.kitName}
                    </Title>
                    <KitInstructions instructions={session.kitInstructions} />
                  </Stack>
                </Tabs.Panel>
                <Tabs.Panel value="rubric">
                  <Stack gap="xs">
                    <Title order={2} size="h5" px={4}>
                      {session.myScorecard
                        ? `Rubric · ${session.myScorecard.rubricName}`
                        : session.scoringRubric
                          ? `Rubric · ${session.scoringRubric.name}`
                          : 'Rubric'}
                    </Title>
                    <RubricReference rubric={rubric} />
                  </Stack>
                </Tabs.Panel>
              </Tabs>
            </Paper>
            <Paper withBorder radius="md" p="sm">
              <LiveFeed timeZone={timeZone} entries={feed} />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md">
            {current ? (
              <CurrentQuestion
                timeZone={timeZone}
                key={current.id}
                item={current}
                index={currentIndex}
                plan={plan}
                completedAt={session.completedAt}
                noteQueue={queueFor(current.id)}
                notesRef={notesRef}
                canRunQuestions={canRunQuestions}
                canWriteNotes={canWriteNotes}
                isAnswerShown={isAnswerShown}
                isBusy={isBusy}
                onToggleAnswer={() => setIsAnswerShown((shown) => !shown)}
                onMarkAsked={(isAsked) => markAsked(current, isAsked)}
                onSkip={(isSkipped) =>
                  void run('Could not skip the question', () =>
                    actions.skip(current.id, isSkipped),
                  )
                }
                onPrevious={() => move(-1)}
                onNext={() => move(1)}
              />
            ) : (
              <Paper withBorder radius="md" p="lg">
                <Text>
                  This session has no questions.{' '}
                  {canRunQuestions ? 'Add one from the bank to begin.' : ''}
                </Text>
              </Paper>
            )}
            <Paper
              withBorder
              radius="md"
              p="lg"
              component="section"
              aria-labelledby="overall-notes-heading"
            >
              <Title order={2} size="h5" id="overall-notes-heading" mb="xs">
                Overall notes
              </Title>
              <NoteEditor
                timeZone={timeZone}
                queue={queueFor(null)}
                label="Notes on the whole session"
                placeholder="Impressions across questions, logistics, anything for the debrief…"
                isReadOnly={!canWriteNotes}
                minRows={3}
              />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      {current ? (
        <RoomControlBar
          item={current}
          index={currentIndex}
          plan={plan}
          completedAt={session.completedAt}
          canRunQuestions={canRunQuestions}
          isBusy={isBusy}
          onMarkAsked={(isAsked) => markAsked(current, isAsked)}
          onPrevious={() => move(-1)}
          onNext={() => move(1)}
        />
      ) : null}
      <Suspense fallback={null}>
        <AddQuestionModal
          isOpen={openDialog === 'add-question'}
          plannedQuestionIds={plannedQuestionIds}
          isAdding={actions.isAdding}
          onClose={() => setOpenDialog(null)}
          onAdd={(questionId, minutes) =>
            void run('Could not add the question', async () => {
              const id = await actions.addQuestion(questionId, minutes);
              setOpenDialog(null);
              if (id) {
                select(id);
              }
            })
          }
        />
        <CompleteSessionModal
          isOpen={openDialog === 'complete'}
          openQuestions={openQuestions}
          isCompleting={actions.isCompleting}
          onClose={() => setOpenDialog(null)}
          onConfirm={() =>
            void run('Could not complete the session', async () => {
              await actions.complete();
              setOpenDialog(null);
            })
          }
        />
        <ShortcutHelpModal
          isOpen={openDialog === 'shortcuts'}
          onClose={() => setOpenDialog(null)}
        />
      </Suspense>
    </Stack>
  );
}
