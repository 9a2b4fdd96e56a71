import { useRef, useState } from 'react';

import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import type {
  RoomQuestion,
  RoomSession,
} from '@web/modules/interview-room/hooks/useInterviewRoom';
import { useNoteAutosave } from '@web/modules/interview-room/hooks/useNoteAutosave';
import { useRoomActions } from '@web/modules/interview-room/hooks/useRoomActions';
import { useRoomLiveFeed } from '@web/modules/interview-room/hooks/useRoomLiveFeed';
import { useRoomQuestionSelection } from '@web/modules/interview-room/hooks/useRoomQuestionSelection';
import { useRoomShortcuts } from '@web/modules/interview-room/hooks/useRoomShortcuts';
import { roomPermissions } from '@web/modules/interview-room/utils/roomPermissions';
import { notify } from '@web/modules/shared/utils/notify';

export type RoomDialog = 'add-question' | 'complete' | 'shortcuts' | null;
export type RoomSideTab = 'plan' | 'instructions' | 'rubric';

/**
 * Everything the interview room holds besides its layout: the question shown,
 * the viewer's permissions, open dialogs and side tab, the panel's actions
 * (one at a time, failures notified), keyboard shortcuts and the live feed.
 */
export function useInterviewRoomState(
  session: RoomSession,
  viewer: Viewer,
  onRefreshPlan: () => void,
) {
  const userId = viewer.user.id;
  const selection = useRoomQuestionSelection(session.questions);
  const { plan, current, move, select } = selection;
  const permissions = roomPermissions(session, userId);
  const [openDialog, setOpenDialog] = useState<RoomDialog>(null);
  const [isAnswerShown, setIsAnswerShown] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  // Before the interview, the kit's instructions are what to read first.
  const [sideTab, setSideTab] = useState<RoomSideTab>(() =>
    session.status === 'SCHEDULED' && session.kitInstructions.trim()
      ? 'instructions'
      : 'plan',
  );
  const { queueFor } = useNoteAutosave(session.id, userId, session.myNotes);
  const actions = useRoomActions(session);
  const live = useRoomLiveFeed(
    session.id,
    userId,
    selection.questionLabel,
    onRefreshPlan,
  );

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

  useRoomShortcuts(
    (shortcut) => {
      switch (shortcut) {
        case 'next':
          move(1);
          break;
        case 'previous':
          move(-1);
          break;
        case 'mark-asked':
          if (
            current &&
            !current.askedAt &&
            permissions.canRunQuestions &&
            !isBusy
          ) {
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

  return {
    ...selection,
    ...permissions,
    ...live,
    timeZone: viewer.user.timeZone,
    userId,
    queueFor,
    notesRef,
    openDialog,
    openDialogOf: (dialog: RoomDialog) => setOpenDialog(dialog),
    closeDialog: () => setOpenDialog(null),
    sideTab,
    showSideTab: (tab: RoomSideTab | null) => setSideTab(tab ?? 'plan'),
    isAnswerShown,
    toggleAnswer: () => setIsAnswerShown((shown) => !shown),
    isBusy,
    isStarting: actions.isStarting,
    isCompleting: actions.isCompleting,
    isAdding: actions.isAdding,
    markAsked,
    start: () => void run('Could not start the session', actions.start),
    skip: (item: RoomQuestion, isSkipped: boolean) =>
      void run('Could not skip the question', () =>
        actions.skip(item.id, isSkipped),
      ),
    addQuestion: (questionId: string, minutes: number) =>
      void run('Could not add the question', async () => {
        const id = await actions.addQuestion(questionId, minutes);
        setOpenDialog(null);
        if (id) {
          select(id);
        }
      }),
    complete: () =>
      void run('Could not complete the session', async () => {
        await actions.complete();
        setOpenDialog(null);
      }),
    plannedQuestionIds: new Set(plan.map((item) => item.question.id)),
    openQuestions: plan.filter((item) => !item.askedAt && !item.skippedAt)
      .length,
    plannedMinutes: plan.reduce((total, item) => total + item.plannedMinutes, 0),
  };
}

export type InterviewRoomState = ReturnType<typeof useInterviewRoomState>;
