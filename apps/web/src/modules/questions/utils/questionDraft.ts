import type {
  AnswerFieldInput,
  CreateQuestionInput,
  UpdateQuestionInput,
} from '@web/generated/graphql';
import type {
  AnswerFieldNode,
  ModelAnswerNode,
} from '@web/modules/questions/types/answer';

/** One answer field in the form: a text, a list (one item per line), or kept as it is. */
export type AnswerFieldDraft = {
  key: string;
  label: string;
  text: string;
  isList: boolean;
  ordered: boolean;
  /** A field the form cannot edit (nested sub-fields): saved unchanged. */
  isKept: boolean;
};

export type QuestionDraft = {
  kind: string;
  prompt: string;
  context: string;
  summary: string;
  fields: AnswerFieldDraft[];
  /** One follow-up point per line. */
  followUps: string;
};

export type QuestionDraftErrors = Partial<
  Record<
    'kind' | 'prompt' | 'context' | 'summary' | 'followUps' | 'form',
    string
  >
> & { fields?: Record<number, string> };

export const PROMPT_MAX = 2000;
export const KIND_MAX = 120;
export const FIELDS_MAX = 30;
export const FOLLOW_UPS_MAX = 30;

let nextKey = 0;
const newKey = () => `field-${(nextKey += 1)}`;

export const EMPTY_FIELD = (): AnswerFieldDraft => ({
  key: newKey(),
  label: '',
  text: '',
  isList: false,
  ordered: false,
  isKept: false,
});

export const emptyQuestionDraft = (kind = ''): QuestionDraft => ({
  kind,
  prompt: '',
  context: '',
  summary: '',
  fields: [{ ...EMPTY_FIELD(), label: 'Description' }],
  followUps: '',
});

/** Whether the form can show a field as one text or one list. */
export function isEditableField(field: AnswerFieldNode): boolean {
  const hasText = typeof field.text === 'string';
  const hasItems = Array.isArray(field.items);

  return !(field.children?.length ?? 0) && hasText !== hasItems;
}

function fieldDraft(field: AnswerFieldNode): AnswerFieldDraft {
  return {
    key: newKey(),
    label: field.label,
    text: field.items ? field.items.join('\n') : (field.text ?? ''),
    isList: Array.isArray(field.items),
    ordered: field.ordered === true,
    isKept: !isEditableField(field),
  };
}

export type EditableQuestion = {
  kind?: string | null;
  kindName: string;
  prompt: string;
  context?: string | null;
  answer: ModelAnswerNode;
  followUps: readonly { text: string }[];
};

export function draftFromQuestion(question: EditableQuestion): QuestionDraft {
  return {
    kind: question.kind ?? question.kindName,
    prompt: question.prompt,
    context: question.context ?? '',
    summary: question.answer.summary ?? '',
    fields: question.answer.fields.map(fieldDraft),
    followUps: question.followUps.map((followUp) => followUp.text).join('\n'),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

export function validateQuestionDraft(
  draft: QuestionDraft,
): QuestionDraftErrors {
  const errors: QuestionDraftErrors = {};
  if (!draft.kind.trim()) {
    errors.kind = 'Choose the kind of question.';
  } else if (draft.kind.trim().length > KIND_MAX) {
    errors.kind = `At most ${KIND_MAX} characters.`;
  }
  if (!draft.prompt.trim()) {
    errors.prompt = 'Write the question.';
  } else if (draft.prompt.trim().length > PROMPT_MAX) {
    errors.prompt = `At most ${PROMPT_MAX} characters.`;
  }
  if (draft.fields.length > FIELDS_MAX) {
    errors.form = `An answer holds at most ${FIELDS_MAX} fields.`;
  }
  const fieldErrors: Record<number, string> = {};
  draft.fields.forEach((field, index) => {
    if (!field.isKept && !field.text.trim()) {
      fieldErrors[index] = 'Write this field, or remove it.';
    }
  });
  if (Object.keys(fieldErrors).length) {
    errors.fields = fieldErrors;
  }
  if (lines(draft.followUps).length > FOLLOW_UPS_MAX) {
    errors.followUps = `At most ${FOLLOW_UPS_MAX} follow-up points.`;
  }

  return errors;
}

export const hasErrors = (errors: QuestionDraftErrors) =>
  Object.keys(errors).length > 0;

function fieldInput(field: AnswerFieldDraft): AnswerFieldInput {
  if (field.isKept) {
    return { label: field.label, keepCurrent: true };
  }

  return field.isList
    ? {
        label: field.label.trim(),
        items: lines(field.text),
        ordered: field.ordered,
      }
    : { label: field.label.trim(), text: field.text.trim() };
}

function answerInput(draft: QuestionDraft) {
  return {
    summary: draft.summary.trim() || null,
    fields: draft.fields.map(fieldInput),
  };
}

export function toCreateQuestionInput(
  guideId: string,
  draft: QuestionDraft,
): CreateQuestionInput {
  return {
    guideId,
    kind: draft.kind.trim(),
    prompt: draft.prompt.trim(),
    context: draft.context.trim() || null,
    answer: answerInput(draft),
    followUps: lines(draft.followUps),
  };
}

export function toUpdateQuestionInput(
  questionId: string,
  expectedRevision: number,
  draft: QuestionDraft,
): UpdateQuestionInput {
  return {
    questionId,
    expectedRevision,
    kind: draft.kind.trim(),
    prompt: draft.prompt.trim(),
    // Blank removes the context.
    context: draft.context.trim(),
    answer: answerInput(draft),
    followUps: lines(draft.followUps),
  };
}

/** Where an API error with `field` goes in the form. */
export function errorsFromApiField(
  field: string | undefined,
  message: string,
): QuestionDraftErrors {
  const match = /^answer\.fields\.(\d+)/.exec(field ?? '');
  if (match) {
    return { fields: { [Number(match[1])]: message } };
  }
  if (field === 'answer.summary') {
    return { summary: message };
  }
  const top = field?.split('.')[0];
  if (
    top === 'kind' ||
    top === 'prompt' ||
    top === 'context' ||
    top === 'followUps'
  ) {
    return { [top]: message };
  }

  return { form: message };
}
