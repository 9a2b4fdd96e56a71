import { useState } from 'react';
import { Button } from '@mantine/core';
import { useNavigate } from 'react-router';

import { notify } from '@web/modules/shared/utils/notify';

import { QuestionFormModal } from './QuestionFormModal';

export type AddQuestionButtonProps = { guideId: string };

/** "Add question" on a guide page: the question form for a new question. */
export function AddQuestionButton({ guideId }: AddQuestionButtonProps) {
  const [isOpen, setIsOpen] = useState(false);
  const navigate = useNavigate();

  return (
    <>
      <Button size="xs" variant="light" onClick={() => setIsOpen(true)}>
        Add question
      </Button>
      <QuestionFormModal
        isOpen={isOpen}
        title="Add a question"
        guideId={guideId}
        onClose={() => setIsOpen(false)}
        onSaved={(question) => {
          setIsOpen(false);
          notify({ color: 'green', message: 'Question added to the guide.' });
          void navigate(`/questions/${question.id}`, {
            state: { backTo: `/guides/${guideId}` },
          });
        }}
      />
    </>
  );
}
