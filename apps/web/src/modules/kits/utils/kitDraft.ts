import type {
  KitFieldsFragment,
  KitItemInput,
  KitQuestionFieldsFragment,
} from '@web/generated/graphql';

export type KitQuestion = KitQuestionFieldsFragment;

export type KitDraftItem = {
  question: KitQuestion;
  /** Null while the input is empty. */
  plannedMinutes: number | null;
};

export type KitDraft = {
  name: string;
  targetRole: string;
  rubricId: string | null;
  instructions: string;
  items: KitDraftItem[];
};

export type KitDraftErrors = {
  name?: string;
  targetRole?: string;
  rubricId?: string;
  /** By question id. */
  items: Record<string, string>;
  form?: string;
};

// The API accepts 1–240 minutes per question and at most 60 questions.
export const MIN_PLANNED_MINUTES = 1;
export const MAX_PLANNED_MINUTES = 240;
export const MAX_KIT_ITEMS = 60;
export const DEFAULT_PLANNED_MINUTES = 10;

export const EMPTY_KIT_DRAFT: KitDraft = {
  name: '',
  targetRole: '',
  rubricId: null,
  instructions: '',
  items: [],
};

export function draftFromKit(kit: KitFieldsFragment): KitDraft {
  return {
    name: kit.name,
    targetRole: kit.targetRole,
    rubricId: kit.rubricId,
    instructions: kit.instructions,
    items: [...kit.items]
      .sort((a, b) => a.position - b.position)
      .map((item) => ({
        question: item.question,
        plannedMinutes: item.plannedMinutes,
      })),
  };
}

export function isValidPlannedMinutes(value: number | null): value is number {
  return (
    value !== null &&
    Number.isInteger(value) &&
    value >= MIN_PLANNED_MINUTES &&
    value <= MAX_PLANNED_MINUTES
  );
}

/** The kit's length as planned: the sum of the valid per-question minutes. */
export function totalPlannedMinutes(items: readonly KitDraftItem[]): number {
  return items.reduce(
    (sum, item) =>
      sum +
      (isValidPlannedMinutes(item.plannedMinutes) ? item.plannedMinutes : 0),
    0,
  );
}

/** "45 min", "1 h", "1 h 05 min". */
export function formatMinutes(total: number): string {
  if (total < 60) {
    return `${total} min`;
  }
  const hours = Math.floor(total / 60);
  const minutes = total % 60;

  return minutes === 0
    ? `${hours} h`
    : `${hours} h ${String(minutes).padStart(2, '0')} min`;
}

/** Moves the item at `from` to `to`; out-of-range moves change nothing. */
export function moveItem<T>(
  items: readonly T[],
  from: number,
  to: number,
): T[] {
  if (
    from === to ||
    from < 0 ||
    to < 0 ||
    from >= items.length ||
    to >= items.length
  ) {
    return [...items];
  }
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);

  return next;
}

export function hasQuestion(
  items: readonly KitDraftItem[],
  questionId: string,
): boolean {
  return items.some((item) => item.question.id === questionId);
}

/** Appends the question once; a kit holds each question at most once. */
export function addQuestion(
  items: readonly KitDraftItem[],
  question: KitQuestion,
  plannedMinutes = DEFAULT_PLANNED_MINUTES,
): KitDraftItem[] {
  if (hasQuestion(items, question.id)) {
    return [...items];
  }

  return [...items, { question, plannedMinutes }];
}

export function removeQuestion(
  items: readonly KitDraftItem[],
  questionId: string,
): KitDraftItem[] {
  return items.filter((item) => item.question.id !== questionId);
}

export function setPlannedMinutes(
  items: readonly KitDraftItem[],
  questionId: string,
  plannedMinutes: number | null,
): KitDraftItem[] {
  return items.map((item) =>
    item.question.id === questionId ? { ...item, plannedMinutes } : item,
  );
}

export function plannedMinutesError(value: number | null): string | null {
  if (value === null) {
    return 'Enter the minutes';
  }

  return isValidPlannedMinutes(value)
    ? null
    : `Between ${MIN_PLANNED_MINUTES} and ${MAX_PLANNED_MINUTES} minutes`;
}

/** The checks the API also makes, so most mistakes show before saving. */
export function validateKitDraft(draft: KitDraft): KitDraftErrors {
  const errors: KitDraftErrors = { items: {} };
  if (!draft.name.trim()) {
    errors.name = 'Enter a name for the kit';
  }
  if (!draft.targetRole.trim()) {
    errors.targetRole = 'Enter the role this kit interviews for';
  }
  if (!draft.rubricId) {
    errors.rubricId = 'Choose the rubric interviewers score with';
  }
  for (const item of draft.items) {
    const error = plannedMinutesError(item.plannedMinutes);
    if (error) {
      errors.items[item.question.id] = error;
    }
  }
  if (draft.items.length > MAX_KIT_ITEMS) {
    errors.form = `A kit holds at most ${MAX_KIT_ITEMS} questions`;
  }

  return errors;
}

export function hasKitDraftErrors(errors: KitDraftErrors): boolean {
  return Boolean(
    errors.name ||
    errors.targetRole ||
    errors.rubricId ||
    errors.form ||
    Object.keys(errors.items).length,
  );
}

export function toKitItemsInput(
  items: readonly KitDraftItem[],
): KitItemInput[] {
  return items.map((item) => ({
    questionId: item.question.id,
    plannedMinutes: item.plannedMinutes ?? MIN_PLANNED_MINUTES,
  }));
}

/** Whether two drafts would save the same kit (used for "unsaved changes"). */
export function isSameKitDraft(a: KitDraft, b: KitDraft): boolean {
  return (
    a.name === b.name &&
    a.targetRole === b.targetRole &&
    a.rubricId === b.rubricId &&
    a.instructions === b.instructions &&
    a.items.length === b.items.length &&
    a.items.every(
      (item, index) =>
        item.question.id === b.items[index]?.question.id &&
        item.plannedMinutes === b.items[index]?.plannedMinutes,
    )
  );
}

/** Maps an API error field such as `items.2.plannedMinutes` to the question it names. */
export function questionIdForErrorField(
  items: readonly KitDraftItem[],
  field: string | undefined,
): string | null {
  const match = /^items\.(\d+)\./.exec(field ?? '');
  if (!match) {
    return null;
  }

  return items[Number(match[1])]?.question.id ?? null;
}

/** "technical" → "Technical", "problem-solving" → "Problem-solving". */
export function questionLabel(question: Pick<KitQuestion, 'kindKey'>): string {
  const key = question.kindKey.trim();

  return key ? `${key.charAt(0).toUpperCase()}${key.slice(1)}` : 'Other';
}
