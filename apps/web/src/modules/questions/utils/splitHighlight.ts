import type { HighlightSegment } from '@web/modules/questions/components/HighlightedText';

export type SplitHighlight = {
  /** The prompt, with the words the search matched marked. */
  prompt: HighlightSegment[];
  /** The matched passage from the answer, without the prompt it starts with. */
  passage: HighlightSegment[];
};

// The API builds the passage from `prompt — answer text`.
const PROMPT_SEPARATOR = ' — ';

/**
 * The search passage repeats the prompt when a match is in it: show those
 * matches on the prompt itself and keep only the answer part as the passage.
 */
export function splitHighlight(
  promptText: string,
  segments: readonly HighlightSegment[],
): SplitHighlight {
  const text = segments.map((segment) => segment.text).join('');
  const separator = text.indexOf(PROMPT_SEPARATOR);
  const head = separator === -1 ? '' : text.slice(0, separator).trim();
  const startsWithPrompt = head !== '' && promptText.endsWith(head);
  const passage = startsWithPrompt
    ? sliceSegments(segments, separator + PROMPT_SEPARATOR.length)
    : [...segments];
  const terms = new Set(
    segments
      .filter((segment) => segment.isMatch)
      .map((segment) => segment.text.trim().toLowerCase())
      .filter((term) => term !== ''),
  );

  return {
    prompt: markTerms(promptText, terms),
    passage: passage.some((segment) => segment.text.trim() !== '')
      ? passage
      : [],
  };
}

function sliceSegments(
  segments: readonly HighlightSegment[],
  from: number,
): HighlightSegment[] {
  const result: HighlightSegment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const end = offset + segment.text.length;
    if (end > from) {
      result.push({
        ...segment,
        text: segment.text.slice(Math.max(0, from - offset)),
      });
    }
    offset = end;
  }

  return result;
}

function markTerms(
  text: string,
  terms: ReadonlySet<string>,
): HighlightSegment[] {
  if (terms.size === 0) {
    return [{ text, isMatch: false }];
  }
  const alternatives = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const segments: HighlightSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) {
      segments.push({ text: text.slice(last, match.index), isMatch: false });
    }
    segments.push({ text: match[0], isMatch: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) {
    segments.push({ text: text.slice(last), isMatch: false });
  }

  return segments;
}
