import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

import { useQuestionFacets } from '@web/modules/questions/hooks/useQuestionFacets';
import type { EditableQuestionDetail } from '@web/modules/questions/hooks/useSaveQuestion';

import { QuestionForm } from './QuestionForm';

export type QuestionFormModalProps = {
  isOpen: boolean;
  title: string;
  guideId: string;
  question?: EditableQuestionDetail;
  onClose: () => void;
  onSaved: (question: EditableQuestionDetail, isNewRevision: boolean) => void;
};

/** The add / edit question form in a dialog; full screen on a phone. */
export function QuestionFormModal({
  isOpen,
  title,
  guideId,
  question,
  onClose,
  onSaved,
}: QuestionFormModalProps) {
  const isPhone = useMediaQuery('(max-width: 36em)');
  const { kinds } = useQuestionFacets();

  return (
    <Modal
      opened={isOpen}
      onClose={onClose}
      title={title}
      size="xl"
      fullScreen={isPhone}
    >
      {isOpen ? (
        <QuestionForm
          question={question}
          guideId={guideId}
          kindOptions={[...new Set(kinds.map((kind) => kind.label))]}
          onCancel={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Modal>
  );
}
