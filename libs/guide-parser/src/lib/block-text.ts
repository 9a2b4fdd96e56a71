import { collapse } from './inline-text';
import type { Block } from './markdown-tree';

/** Renders a code block as a fence that its content cannot close. */
export const fence = (info: string, content: string): string => {
  const char = info.includes('`') ? '~' : '`';
  const longest = Math.max(
    0,
    ...(content.match(char === '`' ? /`+/g : /~+/g) ?? []).map(
      (run) => run.length,
    ),
  );
  const marker = char.repeat(Math.max(3, longest + 1));

  return content === ''
    ? `${marker}${info}\n${marker}`
    : `${marker}${info}\n${content}\n${marker}`;
};

/** Markdown of one block as stored in text fields; null for separators and comments. */
export const blockText = (block: Block): string | null => {
  switch (block.type) {
    case 'paragraph':
      return nonEmpty(collapse(block.inline.source));
    case 'heading':
      return nonEmpty(collapse(block.inline.source));
    case 'code':
      return fence(block.info, block.content);
    case 'raw':
      return block.isComment ? null : nonEmpty(block.markdown);
    case 'rule':
      return null;
    case 'list':
      return nonEmpty(
        block.items
          .map((item, index) => {
            const marker = block.ordered ? `${item.number ?? index + 1}.` : '-';
            const text = item.blocks.map(blockText).filter(isText).join(' ');

            return `${marker} ${text}`;
          })
          .join('\n'),
      );
  }
};

/** Joins the text of several blocks with blank lines; null when nothing is left. */
export const blocksText = (blocks: Block[]): string | null =>
  joinText(blocks.map(blockText));

export const joinText = (parts: (string | null | undefined)[]): string | null =>
  nonEmpty(parts.filter(isText).join('\n\n'));

export const isText = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value !== '';

const nonEmpty = (text: string): string | null =>
  text.trim() === '' ? null : text;
