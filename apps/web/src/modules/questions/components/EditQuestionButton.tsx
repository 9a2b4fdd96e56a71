import { useState } from 'react';
import { Button } from '@mantine/core';

import type { EditableQuestionDetail } from '@web/modules/questions/hooks/useSaveQuestion';
import { notify } from '@web/modules/shared/utils/notify';

import { QuestionFormModal } from './QuestionFormModal';

export type EditQuestionButtonProps = { question: EditableQuestionDetail };

/** "Edit question" on a question page: saving writes the next revision. */
export function EditQuestionButton({ question }: EditQuestionButtonProps) {
  const [isOpen, setIsOpen] = useState(false);

  return (
    <>
      <Button variant="default" onClick={() => setIsOpen(true)}>
        Edit question
      </Button>
      <QuestionFormModal
        isOpen={isOpen}
        title="Edit question"
        guideId={question.guide.id}
        question={question}
        onClose={() => setIsOpen(false)}
        onSaved={(saved, isNewRevision) => {
          setIsOpen(false);
          notify({
            color: isNewRevision ? 'green' : 'gray',
            message: isNewRevision
              ? `Saved as revision ${saved.revision}.`
              : 'Nothing changed: no new revision.',
          });
        }}
      />
    </>
  );
}
