import type { AnswerField, ParsedAnswer } from '@panelwise/guide-parser';

import { DomainError } from '@api/core/domain-error';

import type {
  AnswerFieldInput,
  ModelAnswerInput,
} from '@api/modules/guide/dto/question-editing.input';

/** What a revision holds besides its bookkeeping: the fields its content hash covers. */
export type QuestionContent = {
  kind: string | null;
  kindKey: string;
  number: number | null;
  prompt: string;
  context: string | null;
  answer: ParsedAnswer;
  followUps: string[];
  followUpResponses?: (string | null)[];
};

const blankToNull = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim() ?? '';

  return trimmed === '' ? null : trimmed;
};

export const optionalText = blankToNull;

function fieldFromInput(
  input: AnswerFieldInput,
  index: number,
  current: AnswerField[],
  used: Set<number>,
): AnswerField {
  const path = `answer.fields.${index}`;
  const label = input.label.trim();
  if (input.keepCurrent) {
    const found = current.findIndex(
      (field, at) => !used.has(at) && field.label.trim() === label,
    );
    const kept = current[found];
    if (!kept) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `The current answer has no field "${label}" to keep`,
        { field: `${path}.keepCurrent` },
      );
    }
    used.add(found);

    return kept;
  }
  const items =
    input.items?.map((item) => item.trim()).filter((item) => item !== '') ??
    null;
  const text = blankToNull(input.text);
  if (items && text !== null) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'A field holds a text or a list, not both',
      { field: `${path}.items` },
    );
  }
  if (items?.length) {
    return { label, items, ...(input.ordered ? { ordered: true } : {}) };
  }
  if (text === null) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'Write the field\u2019s text or list, or remove the field',
      {
        field: input.items ? `${path}.items` : `${path}.text`,
      },
    );
  }

  return { label, text };
}

/**
 * The model answer an edit writes: summary and fields from the form, named
 * parts always from the current revision (the form does not edit them).
 */
export function answerFromInput(
  input: ModelAnswerInput,
  current: ParsedAnswer | null,
): ParsedAnswer {
  const used = new Set<number>();
  const fields = input.fields.map((field, index) =>
    fieldFromInput(field, index, current?.fields ?? [], used),
  );

  return {
    summary: blankToNull(input.summary),
    fields,
    parts: current?.parts ?? [],
  };
}

/**
 * Model responses follow the points they answer: a point kept word for word
 * keeps its response, a new or reworded point has none.
 */
export function followUpResponsesFor(
  followUps: string[],
  current: { followUps: string[]; followUpResponses?: (string | null)[] },
): (string | null)[] | undefined {
  const responses = current.followUpResponses;
  if (!responses) {
    return undefined;
  }
  const used = new Set<number>();
  const aligned = followUps.map((point) => {
    const at = current.followUps.findIndex(
      (old, index) => !used.has(index) && old === point,
    );
    if (at === -1) {
      return null;
    }
    used.add(at);

    return responses[at] ?? null;
  });

  return aligned.some((response) => response !== null) ? aligned : undefined;
}

/** JSON with object keys sorted: jsonb does not keep the order keys were written in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }

  return value;
}

/** Whether two contents are the same question text, as a reader sees it. */
export function isSameContent(a: QuestionContent, b: QuestionContent): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
