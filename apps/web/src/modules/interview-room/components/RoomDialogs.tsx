import { Suspense } from 'react';

import type { RoomDialog } from '@web/modules/interview-room/hooks/useInterviewRoomState';
import { lazyNamed } from '@web/modules/shared/utils/lazyNamed';

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

export type RoomDialogsProps = {
  openDialog: RoomDialog;
  plannedQuestionIds: ReadonlySet<string>;
  openQuestions: number;
  isAdding: boolean;
  isCompleting: boolean;
  onClose: () => void;
  onAdd: (questionId: string, minutes: number) => void;
  onComplete: () => void;
};

/** The room's dialogs: add a question from the bank, complete the session, shortcuts. */
export function RoomDialogs({
  openDialog,
  plannedQuestionIds,
  openQuestions,
  isAdding,
  isCompleting,
  onClose,
  onAdd,
  onComplete,
}: RoomDialogsProps) {
  return (
    <Suspense fallback={null}>
      <AddQuestionModal
        isOpen={openDialog === 'add-question'}
        plannedQuestionIds={plannedQuestionIds}
        isAdding={isAdding}
        onClose={onClose}
        onAdd={onAdd}
      />
      <CompleteSessionModal
        isOpen={openDialog === 'complete'}
        openQuestions={openQuestions}
        isCompleting={isCompleting}
        onClose={onClose}
        onConfirm={onComplete}
      />
      <ShortcutHelpModal isOpen={openDialog === 'shortcuts'} onClose={onClose} />
    </Suspense>
  );
}
