import { type FormEvent, useState } from 'react';
import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';

import {
  type EditableQuestionDetail,
  useSaveQuestion,
} from '@web/modules/questions/hooks/useSaveQuestion';
import {
  draftFromQuestion,
  emptyQuestionDraft,
  errorsFromApiField,
  hasErrors,
  KIND_MAX,
  PROMPT_MAX,
  type QuestionDraft,
  type QuestionDraftErrors,
  toCreateQuestionInput,
  toUpdateQuestionInput,
  validateQuestionDraft,
} from '@web/modules/questions/utils/questionDraft';
import type { ApiError } from '@web/modules/shared/utils/apiError';

import { AnswerFieldsEditor } from './AnswerFieldsEditor';

export type QuestionFormProps = {
  /** The question to edit; absent when adding one to `guideId`. */
  question?: EditableQuestionDetail;
  guideId: string;
  /** Kind names to suggest (the team's kinds); any other heading may be typed. */
  kindOptions: string[];
  onSaved: (question: EditableQuestionDetail, isNewRevision: boolean) => void;
  onCancel: () => void;
};

export function QuestionForm({
  question,
  guideId,
  kindOptions,
  onSaved,
  onCancel,
}: QuestionFormProps) {
  const { createQuestion, updateQuestion, fetchLatest, isSaving } =
    useSaveQuestion();
  const [base, setBase] = useState(question ?? null);
  const [draft, setDraft] = useState<QuestionDraft>(() =>
    question ? draftFromQuestion(question) : emptyQuestionDraft(),
  );
  const [errors, setErrors] = useState<QuestionDraftErrors>({});
  const [conflictNotice, setConflictNotice] = useState<string | null>(null);
  const parts = base?.answer.parts.map((part) => part.title) ?? [];

  const update = (patch: Partial<QuestionDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) {
        delete next[key as keyof QuestionDraftErrors];
      }

      return next;
    });
  };

  const reloadLatest = async () => {
    if (!base) {
      return;
    }
    try {
      const latest = await fetchLatest(base.id);
      setBase(latest);
      setDraft(draftFromQuestion(latest));
      setErrors({});
      setConflictNotice(
        `Someone saved revision ${latest.revision} while you were editing. The form now shows that revision; your changes were not saved, make them again.`,
      );
    } catch (error) {
      setErrors({ form: (error as ApiError).message });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateQuestionDraft(draft);
    setErrors(found);
    if (hasErrors(found)) {
      return;
    }
    try {
      if (base) {
        const saved = await updateQuestion(
          toUpdateQuestionInput(base.id, base.revision, draft),
        );
        onSaved(saved, saved.revision !== base.revision);
      } else {
        onSaved(
          await createQuestion(toCreateQuestionInput(guideId, draft)),
          true,
        );
      }
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'CONFLICT') {
        await reloadLatest();
      } else if (apiError.code === 'BAD_USER_INPUT') {
        setErrors(errorsFromApiField(apiError.field, apiError.message));
      } else {
        setErrors({ form: apiError.message });
      }
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {conflictNotice ? (
          <Alert color="yellow" title="This question changed" role="alert">
            {conflictNotice}
          </Alert>
        ) : null}
        {errors.form ? (
          <Alert color="red" title="Not saved" role="alert">
            {errors.form}
          </Alert>
        ) : null}
        <Text size="sm" c="dimmed">
          {base
            ? 'Saving writes a new revision; sessions keep the revision they asked.'
            : 'The question is added at the end of its kind in this guide.'}{' '}
          Re-importing a changed guide file replaces edits made here with the
          file’s text
          {base
            ? ''
            : ', and retires questions added here that the file does not hold'}
          .
        </Text>
        <Autocomplete
          label="Kind"
          description="One of the team’s kinds, or the guide’s own heading."
          required
          data={kindOptions}
          value={draft.kind}
          maxLength={KIND_MAX}
          error={errors.kind}
          onChange={(kind) => update({ kind })}
        />
        <Textarea
          label="Question"
          required
          autosize
          minRows={2}
          maxLength={PROMPT_MAX}
          value={draft.prompt}
          error={errors.prompt}
          onChange={(event) => update({ prompt: event.currentTarget.value })}
        />
        <Textarea
          label="Context"
          description="Material shown with the question, e.g. a code snippet (optional)."
          autosize
          minRows={1}
          maxLength={10000}
          value={draft.context}
          error={errors.context}
          onChange={(event) => update({ context: event.currentTarget.value })}
        />
        <Title order={3} size="h5">
          Model answer
        </Title>
        <Textarea
          label="Summary"
          description="Text before the fields (optional)."
          autosize
          minRows={1}
          maxLength={10000}
          value={draft.summary}
          error={errors.summary}
          onChange={(event) => update({ summary: event.currentTarget.value })}
        />
        <AnswerFieldsEditor
          fields={draft.fields}
          errors={errors.fields}
          onChange={(fields, changedIndex) => {
            setDraft((current) => ({ ...current, fields }));
            setErrors((current) => {
              if (!current.fields) {
                return current;
              }
              // Indexes move when a field is removed: clear them all then.
              const remaining =
                changedIndex === undefined
                  ? {}
                  : Object.fromEntries(
                      Object.entries(current.fields).filter(
                        ([index]) => Number(index) !== changedIndex,
                      ),
                    );

              return { ...current, fields: remaining };
            });
          }}
        />
        {parts.length ? (
          <Text size="sm" c="dimmed">
            Named parts of this answer ({parts.join(', ')}) are kept as they
            are; change them in the guide file.
          </Text>
        ) : null}
        <Textarea
          label="Follow-up points"
          description="One per line; blank lines are dropped."
          autosize
          minRows={2}
          value={draft.followUps}
          error={errors.followUps}
          onChange={(event) => update({ followUps: event.currentTarget.value })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={isSaving}>
            Cancel
          </Button>
          <Button type="submit" loading={isSaving}>
            {base ? 'Save as new revision' : 'Add question'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
