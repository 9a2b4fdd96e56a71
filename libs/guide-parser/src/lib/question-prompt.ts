import { unwrap, unwrapSource } from './inline-text';
import type { Inline } from './markdown-tree';

export type NumberedPrompt = {
  number: number | null;
  prompt: string;
  /** The text carried a question marker (`Question N`, `QN`, `Question:`, `Q:`). */
  hasQuestionMarker: boolean;
  /** The text started with `N.` / `N)`. */
  hasNumber: boolean;
};

const BOLD = String.raw`(?:\*\*|__)?`;
// Decoration some guides put before the marker: emoji, bullets, dashes.
const LEAD = String.raw`[^\p{L}\p{N}*_\s]*\s*`;
const SEPARATOR = String.raw`\s*${BOLD}\s*[:.)\-–—]?\s*${BOLD}\s*`;
// `Question 11-20: Additional Questions` names a section of questions, not one.
const NOT_RANGE = String.raw`(?!\s*(?:[-–—]|to\b)\s*\d)`;
const RANGE = new RegExp(
  String.raw`^${LEAD}${BOLD}\s*(?:questions?|q)\s*#?\s*(\d{1,4})\s*(?:[-–—]|to\b)\s*(\d{1,4})\b${SEPARATOR}`,
  'iu',
);
// `Q3 revenue fell...` is a prompt, so the short form needs a separator or nothing after it.
const QUESTION_PREFIX = new RegExp(
  String.raw`^${LEAD}${BOLD}\s*(?:question\s*#?\s*(\d{1,4})\b|q\s*#?\s*(\d{1,4})(?=\s*${BOLD}\s*(?:[:.)\-–—]|$)))${NOT_RANGE}${SEPARATOR}`,
  'iu',
);
const QUESTION_LABEL = new RegExp(
  String.raw`^${LEAD}${BOLD}\s*(?:question|q)\s*${BOLD}\s*:\s*${BOLD}\s*`,
  'iu',
);
const NUMBER_PREFIX = new RegExp(
  String.raw`^${LEAD}${BOLD}\s*(\d{1,4})\s*[.)]${BOLD}(?=\s|$)\s*${BOLD}\s*`,
  'u',
);

/**
 * Splits `Question 3: text`, `Q3: text`, `3. text`, `**3. text**` into the
 * number as written and the prompt without numbering and wrapping bold.
 */
export const splitNumberedPrompt = (
  inline: Inline,
  listNumber: number | null = null,
): NumberedPrompt => {
  const text = unwrap(inline);
  const question = QUESTION_PREFIX.exec(text);
  if (question !== null) {
    return result(
      Number(question[1] ?? question[2]),
      text.slice(question[0].length),
      true,
      false,
    );
  }
  const label = QUESTION_LABEL.exec(text);
  if (label !== null) {
    return result(listNumber, text.slice(label[0].length), true, false);
  }
  const numbered = NUMBER_PREFIX.exec(text);
  if (numbered !== null) {
    return result(
      Number(numbered[1]),
      text.slice(numbered[0].length),
      false,
      true,
    );
  }

  return result(listNumber, text, false, false);
};

const result = (
  number: number | null,
  rest: string,
  hasQuestionMarker: boolean,
  hasNumber: boolean,
): NumberedPrompt => ({
  number,
  prompt: unwrapSource(stripStrayBold(rest.trim())),
  hasQuestionMarker,
  hasNumber,
});

// `**Question 1: How...?**` loses its opening `**` with the prefix; drop the orphan closer.
const stripStrayBold = (text: string): string => {
  const opens = text.match(/\*\*/g)?.length ?? 0;

  return opens % 2 === 1 && text.endsWith('**')
    ? text.slice(0, -2).trim()
    : text;
};

export type QuestionRange = { from: number; to: number; name: string };

/** `Question 11-20: Additional Questions` → 11, 20 and the name after the range. */
export const questionRange = (text: string): QuestionRange | null => {
  const match = RANGE.exec(text);

  return match === null
    ? null
    : {
        from: Number(match[1]),
        to: Number(match[2]),
        name: unwrapSource(stripStrayBold(text.slice(match[0].length).trim())),
      };
};
