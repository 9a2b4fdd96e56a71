import type { Token } from 'markdown-it';

import { parseInline, parseInlineTokens, type Inline } from './markdown-tree';
import { isAnswerMarker, isFollowUpMarker } from './vocabulary';

/** A leading `**Label:**` / `**Label**:` of a paragraph, and the inline text after it. */
export type Label = {
  label: string;
  rest: string;
  /** The colon was written (inside or right after the bold text). */
  hasColon: boolean;
};

const WRAPPERS: Record<string, string> = {
  strong_open: 'strong_close',
  em_open: 'em_close',
};
// Labels, headings and bold prompts are short; longer text is never parsed inline.
const MAX_INLINE_PARSE = 1_000;

const tokensOf = (inline: Inline): Token[] => {
  if (inline.tokens === undefined) {
    inline.tokens =
      inline.source.length > MAX_INLINE_PARSE
        ? []
        : parseInlineTokens(inline.source);
  }

  return inline.tokens;
};

/** Soft line breaks become spaces; outer whitespace is trimmed. */
export const collapse = (source: string): string =>
  source.includes('\n')
    ? source.replace(/[ \t]*\n[ \t]*/g, ' ').trim()
    : source.trim();

const meaningful = (tokens: Token[]): Token[] =>
  tokens.filter(
    (token) => !(token.type === 'text' && token.content.trim() === ''),
  );

const closingIndex = (tokens: Token[], openIndex: number): number => {
  const open = tokens[openIndex];
  const close = WRAPPERS[open.type];
  let depth = 0;
  for (let i = openIndex; i < tokens.length; i += 1) {
    if (tokens[i].type === open.type) {
      depth += 1;
    } else if (tokens[i].type === close) {
      depth -= 1;
      if (depth === 0) {
        return i;
      }
    }
  }

  return -1;
};

/** Plain text of inline Markdown (markup dropped, code spans kept as their text). */
export const plainText = (inline: Inline): string =>
  inline.source.length > MAX_INLINE_PARSE
    ? collapse(inline.source)
    : tokensText(tokensOf(inline));

/** The text without markup at its ends: enough to see how it ends, without an inline parse. */
export const looseText = (inline: Inline): string =>
  collapse(inline.source).replace(/^[*_\s]+|[*_\s]+$/g, '');

const tokensText = (tokens: Token[]): string =>
  collapse(
    tokens
      .map((token) => {
        if (token.type === 'softbreak' || token.type === 'hardbreak') {
          return ' ';
        }

        return token.children !== null && token.children.length > 0
          ? tokensText(token.children)
          : token.type === 'text' ||
              token.type === 'text_special' ||
              token.type === 'code_inline'
            ? token.content
            : '';
      })
      .join(''),
  );

/** Reads a leading bold label; null when the paragraph does not start with bold text. */
export const readLabel = (inline: Inline): Label | null => {
  if (inline.label === undefined) {
    inline.label = computeLabel(inline);
  }

  return inline.label;
};

const computeLabel = (inline: Inline): Label | null => {
  if (!/^\s*[*_]/.test(inline.source)) {
    return plainMarker(inline.source);
  }
  // The label is at the start; only that part needs an inline parse.
  const tokens = meaningful(
    tokensOf(
      inline.source.length > MAX_INLINE_PARSE
        ? { source: inline.source.slice(0, MAX_INLINE_PARSE) }
        : inline,
    ),
  );
  const isStrong = tokens[0]?.type === 'strong_open';
  if (!isStrong && tokens[0]?.type !== 'em_open') {
    return null;
  }
  const close = closingIndex(tokens, 0);
  const match = (
    isStrong ? /^(\*\*|__)([\s\S]*?)\1/ : /^([*_])([\s\S]*?)\1/
  ).exec(inline.source.trimStart());
  if (close < 0 || match === null) {
    return null;
  }
  let label = tokensText(tokens.slice(1, close));
  let rest = inline.source.trimStart().slice(match[0].length).trim();
  let hasColon = false;
  if (label.endsWith(':')) {
    label = label.slice(0, -1).trim();
    hasColon = true;
  } else if (rest.startsWith(':')) {
    rest = rest.slice(1).trim();
    hasColon = true;
  }
  // Italic text is a label only when written as one (`*Example:* ...`).
  if (!isStrong && !hasColon) {
    return null;
  }

  return { label, rest: collapse(rest), hasColon };
};

const PLAIN_LABEL = /^\s*([A-Za-z][A-Za-z -]{0,40}?)\s*:(?:\s+|$)/;

// `Answer: text` and `Follow-up Points:` are markers even without bold.
const plainMarker = (source: string): Label | null => {
  const match = PLAIN_LABEL.exec(source);
  if (
    match === null ||
    !(isAnswerMarker(match[1]) || isFollowUpMarker(match[1]))
  ) {
    return null;
  }

  return {
    label: match[1].trim(),
    rest: collapse(source.slice(match[0].length)),
    hasColon: true,
  };
};

/** Whether the whole inline content is one bold (or italic) span. */
export const isWhollyEmphasised = (inline: Inline): boolean => {
  if (!/^\s*[*_][\s\S]*[*_]\s*$/.test(inline.source)) {
    return false;
  }
  const tokens = meaningful(tokensOf(inline));
  if (tokens.length === 0 || !(tokens[0].type in WRAPPERS)) {
    return false;
  }

  return closingIndex(tokens, 0) === tokens.length - 1;
};

/** Removes bold / italic markers that wrap the whole text (`**text**` → `text`). */
export const unwrap = (inline: Inline): string => {
  let current = inline;
  for (let round = 0; round < 3 && isWhollyEmphasised(current); round += 1) {
    const markup = meaningful(tokensOf(current))[0].markup;
    const source = current.source.trim();
    if (
      !source.startsWith(markup) ||
      !source.endsWith(markup) ||
      source.length <= markup.length * 2
    ) {
      break;
    }
    current = parseInline(source.slice(markup.length, -markup.length).trim());
  }

  return collapse(current.source);
};

/** `unwrap` for a string of inline Markdown. */
export const unwrapSource = (source: string): string =>
  /^\s*[*_]/.test(source) ? unwrap(parseInline(source)) : collapse(source);
