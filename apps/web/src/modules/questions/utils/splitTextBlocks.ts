/** A piece of answer text: prose (inline Markdown) or a fenced code block. */
export type TextBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'code'; language: string | null; code: string };

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+#.-]*)[^\n]*$/;

/**
 * Splits answer text into paragraphs (blank-line separated) and fenced code
 * blocks; the guides keep code such as SQL or C inside list items.
 */
export function splitTextBlocks(source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  const flushParagraph = () => {
    const text = paragraph.join('\n').trim();
    if (text) {
      blocks.push({ type: 'paragraph', text });
    }
    paragraph = [];
  };

  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const fence = FENCE.exec(line);
    if (fence) {
      flushParagraph();
      const marker = fence[1] ?? '```';
      const code: string[] = [];
      index += 1;
      while (index < lines.length) {
        const current = lines[index] ?? '';
        if (
          current.trim().startsWith(marker) &&
          current.trim().replace(/[`~]/g, '') === ''
        ) {
          break;
        }
        code.push(current);
        index += 1;
      }
      // An unclosed fence runs to the end, as in Markdown.
      blocks.push({
        type: 'code',
        language: fence[2] ? fence[2] : null,
        code: code.join('\n'),
      });
      index += 1;
      continue;
    }
    if (line.trim() === '') {
      flushParagraph();
    } else {
      paragraph.push(line);
    }
    index += 1;
  }
  flushParagraph();

  return blocks;
}
