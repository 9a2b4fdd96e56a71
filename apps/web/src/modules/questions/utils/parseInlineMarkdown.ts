/** Inline Markdown as the guides use it: bold, emphasis and code spans. */
export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'em'; children: InlineNode[] };

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Parses **bold**, __bold__, *em*, _em_ and `code` into a tree of plain text
 * nodes. Anything else (links, HTML) stays literal text: the result is only
 * ever rendered as React text, never as HTML.
 */
export function parseInlineMarkdown(source: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let text = '';
  const flushText = () => {
    if (text) {
      nodes.push({ type: 'text', text });
      text = '';
    }
  };

  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';

    if (char === '\\' && isEscapable(source[index + 1])) {
      text += source[index + 1];
      index += 2;
      continue;
    }

    if (char === '`') {
      const run = runLength(source, index, '`');
      const close = findBacktickRun(source, index + run, run);
      if (close !== -1) {
        flushText();
        nodes.push({
          type: 'code',
          text: trimCodeSpan(source.slice(index + run, close)),
        });
        index = close + run;
        continue;
      }
      // An unmatched run is literal text, as a whole.
      text += source.slice(index, index + run);
      index += run;
      continue;
    }

    if (char === '*' || char === '_') {
      const run = runLength(source, index, char);
      const size = run >= 2 ? 2 : 1;
      const close = canOpen(source, index, size, char)
        ? findClosing(source, index + size, char, size)
        : -1;
      if (close !== -1) {
        flushText();
        const children = parseInlineMarkdown(source.slice(index + size, close));
        nodes.push(
          size === 2 ? { type: 'strong', children } : { type: 'em', children },
        );
        index = close + size;
        continue;
      }
      text += source.slice(index, index + run);
      index += run;
      continue;
    }

    text += char;
    index += 1;
  }
  flushText();

  return nodes;
}

/** The text of a tree, markup dropped (for labels and accessible names). */
export function inlineMarkdownToText(source: string): string {
  const toText = (nodes: InlineNode[]): string =>
    nodes
      .map((node) =>
        node.type === 'text' || node.type === 'code'
          ? node.text
          : toText(node.children),
      )
      .join('');

  return toText(parseInlineMarkdown(source));
}

function isEscapable(char: string | undefined): boolean {
  return char !== undefined && '\\`*_'.includes(char);
}

function runLength(source: string, start: number, char: string): number {
  let end = start;
  while (source[end] === char) {
    end += 1;
  }

  return end - start;
}

function findBacktickRun(source: string, from: number, run: number): number {
  let index = source.indexOf('`', from);
  while (index !== -1) {
    const length = runLength(source, index, '`');
    if (length === run) {
      return index;
    }
    index = source.indexOf('`', index + length);
  }

  return -1;
}

function trimCodeSpan(content: string): string {
  // CommonMark: one leading and trailing space are stripped when both exist.
  return content.length > 2 &&
    content.startsWith(' ') &&
    content.endsWith(' ') &&
    content.trim() !== ''
    ? content.slice(1, -1)
    : content;
}

function isWhitespace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char);
}

function canOpen(
  source: string,
  index: number,
  size: number,
  char: string,
): boolean {
  const after = source[index + size];
  if (isWhitespace(after)) {
    return false;
  }
  // snake_case and 2*3*4 are not emphasis.
  const before = source[index - 1];
  if (char === '_' && before !== undefined && WORD_CHAR.test(before)) {
    return false;
  }

  return true;
}

function findClosing(
  source: string,
  from: number,
  char: string,
  size: number,
): number {
  let index = from;
  while (index < source.length) {
    const current = source[index];
    if (current === '\\') {
      index += 2;
      continue;
    }
    if (current === '`') {
      // Markers inside a code span do not close anything.
      const run = runLength(source, index, '`');
      const close = findBacktickRun(source, index + run, run);
      index = close === -1 ? index + run : close + run;
      continue;
    }
    if (current === char) {
      const run = runLength(source, index, char);
      const before = source[index - 1];
      const after = source[index + run];
      const isCloser =
        index > from &&
        !isWhitespace(before) &&
        (char !== '_' || after === undefined || !WORD_CHAR.test(after));
      if (isCloser && run >= size) {
        // For `***`, a single-star em closes on the last star of the run.
        return size === 1 ? index + run - 1 : index;
      }
      index += run;
      continue;
    }
    index += 1;
  }

  return -1;
}
