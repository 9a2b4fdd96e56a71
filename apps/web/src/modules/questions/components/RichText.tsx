import { Code, Stack } from '@mantine/core';

import { splitTextBlocks } from '@web/modules/questions/utils/splitTextBlocks';

import { InlineMarkdown } from './InlineMarkdown';

export type RichTextProps = { text: string };

/**
 * Answer text: inline Markdown, paragraphs and fenced code blocks. A single
 * paragraph stays inline so it can follow a label in a list item; several
 * blocks render as divs, so the parent must allow flow content (not a <p>).
 */
export function RichText({ text }: RichTextProps) {
  const blocks = splitTextBlocks(text);
  const [first] = blocks;
  if (blocks.length === 1 && first?.type === 'paragraph') {
    return <InlineMarkdown text={first.text} />;
  }

  return (
    <Stack gap="xs" mt={4}>
      {blocks.map((block, index) =>
        block.type === 'paragraph' ? (
          <div key={index}>
            <InlineMarkdown text={block.text} />
          </div>
        ) : (
          <Code
            key={index}
            block
            component="pre"
            data-language={block.language ?? undefined}
            // A long line scrolls; keyboard users must be able to reach it.
            tabIndex={0}
            style={{ whiteSpace: 'pre', overflowX: 'auto', margin: 0 }}
          >
            {block.code}
          </Code>
        ),
      )}
    </Stack>
  );
}
