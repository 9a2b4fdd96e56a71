import MarkdownIt, { type Token } from 'markdown-it';

// markdown-it was chosen over mdast-util-from-markdown for speed: ~2 ms per
// guide against ~28 ms, and imports of 1,000 guides must stay well under 30 s.
// Documents are parsed block-only; inline Markdown is parsed on demand (labels,
// headings), since inline parsing of pathological text ("[[[[...") costs ~10 µs a character.
const options = { html: true, linkify: false, typographer: false } as const;
const blockParser = MarkdownIt('default', options).disable([
  'inline',
  'text_join',
]);
const inlineParser = MarkdownIt('default', options);

/** Inline content as written; `tokens` and `label` are filled in lazily. */
export type Inline = {
  source: string;
  tokens?: Token[];
  label?: { label: string; rest: string; hasColon: boolean } | null;
};

type Located = { line: number; endLine: number };

export type HeadingBlock = Located & {
  type: 'heading';
  depth: number;
  inline: Inline;
};
export type ParagraphBlock = Located & { type: 'paragraph'; inline: Inline };
export type ListItem = Located & { number: number | null; blocks: Block[] };
export type ListBlock = Located & {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
};
export type CodeBlock = Located & {
  type: 'code';
  info: string;
  content: string;
  closed: boolean;
};
/** HTML, tables, block quotes: kept as Markdown source. */
export type RawBlock = Located & {
  type: 'raw';
  markdown: string;
  isComment: boolean;
};
export type RuleBlock = Located & { type: 'rule' };

export type Block =
  HeadingBlock | ParagraphBlock | ListBlock | CodeBlock | RawBlock | RuleBlock;

/**
 * Parses Markdown into a small block tree with 1-based line numbers.
 * `firstLine` is the line number of the first line of `source`.
 */
export const parseBlocks = (source: string, firstLine: number): Block[] => {
  const builder = new TreeBuilder(
    blockParser.parse(source, {}),
    source.split('\n'),
    firstLine - 1,
  );

  return builder.blocks(null);
};

/** Inline tokens of `source` (escapes stay `text_special` tokens). */
export const parseInlineTokens = (source: string): Token[] => {
  const tokens: Token[] = [];
  // The inline parser alone: the full core pipeline costs more than the parse itself.
  inlineParser.inline.parse(source, inlineParser, {}, tokens);

  return tokens;
};

/** Wraps a string of inline Markdown (e.g. a prompt taken out of a heading). */
export const parseInline = (source: string): Inline => ({ source });

class TreeBuilder {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly lines: string[],
    private readonly offset: number,
  ) {}

  blocks(closeType: string | null): Block[] {
    const result: Block[] = [];
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index];
      if (closeType !== null && token.type === closeType) {
        this.index += 1;

        return result;
      }
      const block = this.block(token);
      if (Array.isArray(block)) {
        result.push(...block);
      } else if (block !== null) {
        result.push(block);
      }
    }

    return result;
  }

  // Without a blank line (or indented less than the list item), an `Answer:`
  // line is a lazy continuation of the prompt's paragraph: it starts a new one.
  private paragraphs(
    inline: Inline,
    line: number,
    endLine: number,
  ): ParagraphBlock | ParagraphBlock[] {
    const lines = inline.source.split('\n');
    if (lines.length === 1 || !lines.slice(1).some(isMarkerLine)) {
      return { type: 'paragraph', inline, line, endLine };
    }
    const result: ParagraphBlock[] = [];
    let start = 0;
    lines.forEach((text, index) => {
      if (index > 0 && isMarkerLine(text)) {
        result.push(this.paragraphOf(lines, start, index, line));
        start = index;
      }
    });
    result.push(this.paragraphOf(lines, start, lines.length, line));
    result[result.length - 1].endLine = endLine;

    return result;
  }

  private paragraphOf(
    lines: string[],
    start: number,
    end: number,
    firstLine: number,
  ): ParagraphBlock {
    return {
      type: 'paragraph',
      inline: { source: lines.slice(start, end).join('\n') },
      line: firstLine + start,
      endLine: firstLine + end - 1,
    };
  }

  private block(token: Token): Block | Block[] | null {
    const [line, endLine] = this.location(token);
    switch (token.type) {
      case 'heading_open':
        return {
          type: 'heading',
          depth: Number(token.tag.slice(1)),
          inline: this.inline(),
          line,
          endLine,
        };
      case 'paragraph_open':
        return this.paragraphs(this.inline(), line, endLine);
      case 'bullet_list_open':
      case 'ordered_list_open':
        return this.list(
          token.type === 'ordered_list_open',
          token.type.replace('_open', '_close'),
        );
      case 'fence':
      case 'code_block':
        this.index += 1;

        return {
          type: 'code',
          info: token.info.trim(),
          content: token.content.replace(/\n+$/, ''),
          closed: token.type === 'code_block' || this.isFenceClosed(token),
          line,
          endLine,
        };
      case 'hr':
        this.index += 1;

        return { type: 'rule', line, endLine };
      case 'html_block':
        this.index += 1;

        return {
          type: 'raw',
          markdown: token.content.trim(),
          isComment: /^<!--[\s\S]*-->$/.test(token.content.trim()),
          line,
          endLine,
        };
      default:
        return this.raw(token, line, endLine);
    }
  }

  private inline(): Inline {
    // heading_open / paragraph_open, inline, *_close
    const inline = this.tokens[this.index + 1];
    this.index += 3;

    return { source: inline?.content ?? '' };
  }

  private list(ordered: boolean, closeType: string): ListBlock {
    const open = this.tokens[this.index];
    const [line] = this.location(open);
    this.index += 1;
    const items: ListItem[] = [];
    while (
      this.index < this.tokens.length &&
      this.tokens[this.index].type !== closeType
    ) {
      const itemOpen = this.tokens[this.index];
      this.index += 1;
      const blocks = this.blocks('list_item_close');
      const [itemLine] = this.location(itemOpen);
      const number =
        ordered && /^\d+$/.test(itemOpen.info) ? Number(itemOpen.info) : null;
      items.push({
        number,
        blocks,
        line: itemLine,
        endLine: lastLine(blocks, itemLine),
      });
    }
    this.index += 1;

    return {
      type: 'list',
      ordered,
      items,
      line,
      endLine: items.at(-1)?.endLine ?? line,
    };
  }

  // Block quotes, tables and anything else nested: keep the source lines.
  private raw(token: Token, line: number, endLine: number): RawBlock | null {
    let depth = 0;
    do {
      depth += this.tokens[this.index].nesting;
      this.index += 1;
    } while (depth > 0 && this.index < this.tokens.length);
    if (token.map === null) {
      return null;
    }
    const markdown = dedent(
      this.lines.slice(token.map[0], token.map[1]),
    ).trim();

    return { type: 'raw', markdown, isComment: false, line, endLine };
  }

  private location(token: Token): [number, number] {
    if (token.map === null) {
      return [this.offset + 1, this.offset + 1];
    }
    const [start, end] = token.map;
    let last = Math.max(start, end - 1);
    while (last > start && (this.lines[last] ?? '').trim() === '') {
      last -= 1;
    }

    return [start + 1 + this.offset, last + 1 + this.offset];
  }

  private isFenceClosed(token: Token): boolean {
    if (token.map === null) {
      return true;
    }
    const closing = (this.lines[token.map[1] - 1] ?? '').trim();

    return token.map[1] - token.map[0] >= 2 && closing.startsWith(token.markup);
  }
}

// `Answer:`, `**Example Answer**:`, `Follow-up Points:` at the start of a line.
const MARKER_LINE =
  /^\s*(?:\*\*|__)?\s*(?:(?:model|sample|example|suggested|ideal|expected)\s+)?(?:answer|follow[\s-]*ups?(?:\s+(?:points?|questions?))?)\s*(?:\*\*|__)?\s*:/i;

const isMarkerLine = (text: string): boolean => MARKER_LINE.test(text);

const lastLine = (blocks: Block[], fallback: number): number =>
  blocks.reduce((max, block) => Math.max(max, block.endLine), fallback);

const dedent = (lines: string[]): string => {
  const indents = lines
    .filter((text) => text.trim() !== '')
    .map((text) => /^[ \t]*/.exec(text)?.[0].length ?? 0);
  const common = indents.length === 0 ? 0 : Math.min(...indents);

  return lines.map((text) => text.slice(common)).join('\n');
};
