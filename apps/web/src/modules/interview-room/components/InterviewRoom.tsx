import { Grid, Paper, Stack, Text, Title } from '@mantine/core';

import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import type { RoomSession } from '@web/modules/interview-room/hooks/useInterviewRoom';
import { useInterviewRoomState } from '@web/modules/interview-room/hooks/useInterviewRoomState';

import { CurrentQuestion } from './CurrentQuestion';
import { NoteEditor } from './NoteEditor';
import { RoomControlBar } from './RoomControlBar';
import { RoomDialogs } from './RoomDialogs';
import { RoomHeader } from './RoomHeader';
import { RoomNotices } from './RoomNotices';
import { RoomPresenceList } from './RoomPresenceList';
import { RoomSidePanel } from './RoomSidePanel';

export type InterviewRoomProps = {
  session: RoomSession;
  viewer: Viewer;
  onRefreshPlan: () => void;
};

/** The room where the panel runs a session: plan, current question, notes, live activity. */
export function InterviewRoom({
  session,
  viewer,
  onRefreshPlan,
}: InterviewRoomProps) {
  const room = useInterviewRoomState(session, viewer, onRefreshPlan);
  const { current, timeZone } = room;

  return (
    <Stack gap="md">
      <RoomHeader
        timeZone={timeZone}
        session={session}
        seat={room.seat}
        canRunSession={room.canRunSession}
        isStarting={room.isStarting}
        onStart={room.start}
        onComplete={() => room.openDialogOf('complete')}
        onShowShortcuts={() => room.openDialogOf('shortcuts')}
        presence={
          <RoomPresenceList present={room.present} viewerId={room.userId} />
        }
      />
      <RoomNotices
        sessionId={session.id}
        status={session.status}
        seat={room.seat}
        canRunSession={room.canRunSession}
      />
      {/* Columns stretch to the taller one, so the sticky side has room to stick. */}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 2, md: 1 }}>
          <RoomSidePanel
            timeZone={timeZone}
            session={session}
            plan={room.plan}
            plannedMinutes={room.plannedMinutes}
            currentId={current?.id ?? null}
            sideTab={room.sideTab}
            canRunQuestions={room.canRunQuestions}
            feed={room.feed}
            onTabChange={room.showSideTab}
            onSelect={room.select}
            onAddQuestion={() => room.openDialogOf('add-question')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md">
            {current ? (
              <CurrentQuestion
                timeZone={timeZone}
                key={current.id}
                item={current}
                index={room.currentIndex}
                plan={room.plan}
                completedAt={session.completedAt}
                noteQueue={room.queueFor(current.id)}
                notesRef={room.notesRef}
                canRunQuestions={room.canRunQuestions}
                canWriteNotes={room.canWriteNotes}
                isAnswerShown={room.isAnswerShown}
                isBusy={room.isBusy}
                onToggleAnswer={room.toggleAnswer}
                onMarkAsked={(isAsked) => room.markAsked(current, isAsked)}
                onSkip={(isSkipped) => room.skip(current, isSkipped)}
                onPrevious={() => room.move(-1)}
                onNext={() => room.move(1)}
              />
            ) : (
              <Paper withBorder radius="md" p="lg">
                <Text>
                  This session has no questions.{' '}
                  {room.canRunQuestions ? 'Add one from the bank to begin.' : ''}
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
                queue={room.queueFor(null)}
                label="Notes on the whole session"
                placeholder="Impressions across questions, logistics, anything for the debrief…"
                isReadOnly={!room.canWriteNotes}
                minRows={3}
              />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      {current ? (
        <RoomControlBar
          item={current}
          index={room.currentIndex}
          plan={room.plan}
          completedAt={session.completedAt}
          canRunQuestions={room.canRunQuestions}
          isBusy={room.isBusy}
          onMarkAsked={(isAsked) => room.markAsked(current, isAsked)}
          onPrevious={() => room.move(-1)}
          onNext={() => room.move(1)}
        />
      ) : null}
      <RoomDialogs
        openDialog={room.openDialog}
        plannedQuestionIds={room.plannedQuestionIds}
        openQuestions={room.openQuestions}
        isAdding={room.isAdding}
        isCompleting={room.isCompleting}
        onClose={room.closeDialog}
        onAdd={room.addQuestion}
        onComplete={room.complete}
      />
    </Stack>
  );
}
