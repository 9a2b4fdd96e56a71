import { kindNameOf, type ParsedAnswer } from '@panelwise/guide-parser';

import { QuestionRevisionOrigin } from './question-revision-origin';

import type { QuestionModel, TextSegmentModel } from './dto/question.model';

export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/** The row shape every question query selects (see QUESTION_COLUMNS). */
export type QuestionRow = {
  id: string;
  guide_id: string;
  retired_at: Date | null;
  revision_id: string;
  revision: number;
  kind: string | null;
  kind_key: string;
  number: number | null;
  prompt: string;
  context: string | null;
  answer: ParsedAnswer;
  follow_ups: string[];
  follow_up_responses: (string | null)[] | null;
  source_start_line: number;
  source_end_line: number;
  origin: QuestionRevisionOrigin;
  headline?: string | null;
};

export const QUESTION_COLUMNS = `
  q.id, q.guide_id, q.retired_at, r.id AS revision_id, r.revision, r.kind, r.kind_key, r.number,
  r.prompt, r.context, r.answer, r.follow_ups, r.follow_up_responses, r.source_start_line, r.source_end_line,
  r.origin`;

/** Splits ts_headline output (matches wrapped in control characters) into segments. */
export function toSegments(headline: string): TextSegmentModel[] {
  const segments: TextSegmentModel[] = [];
  let rest = headline;
  while (rest.length) {
    const start = rest.indexOf(MATCH_START);
    if (start === -1) {
      segments.push({ text: rest, isMatch: false });
      break;
    }
    if (start > 0) {
      segments.push({ text: rest.slice(0, start), isMatch: false });
    }
    const end = rest.indexOf(MATCH_END, start);
    const stop = end === -1 ? rest.length : end;
    segments.push({ text: rest.slice(start + 1, stop), isMatch: true });
    rest = rest.slice(stop + 1);
  }

  return segments;
}

export function toQuestionModel(row: QuestionRow): QuestionModel {
  return {
    id: row.id,
    guideId: row.guide_id,
    revisionId: row.revision_id,
    revision: row.revision,
    kind: row.kind,
    kindKey: row.kind_key,
    kindName: kindNameOf(row.kind_key),
    number: row.number,
    prompt: row.prompt,
    context: row.context,
    answer: { summary: row.answer.summary ?? null, fields: row.answer.fields, parts: row.answer.parts },
    followUps: row.follow_ups.map((text, index) => ({ text, response: row.follow_up_responses?.[index] ?? null })),
    retired: row.retired_at !== null,
    // An edited revision has no place in the guide's file.
    sourceLines: row.origin === QuestionRevisionOrigin.EDIT ? null : { start: row.source_start_line, end: row.source_end_line },
    revisionOrigin: row.origin,
    highlight: row.headline ? toSegments(row.headline) : null,
  };
}
