import { describe, expect, it } from 'vitest';

import { splitTextBlocks } from './splitTextBlocks';

describe(splitTextBlocks.name, () => {
  it('should split prose and fenced code when an answer holds a code block', () => {
    expect(
      splitTextBlocks(
        'Check the plan first.\n```sql\nEXPLAIN (ANALYZE)\nSELECT 1;\n```\nThen fix it.',
      ),
    ).toEqual([
      { type: 'paragraph', text: 'Check the plan first.' },
      { type: 'code', language: 'sql', code: 'EXPLAIN (ANALYZE)\nSELECT 1;' },
      { type: 'paragraph', text: 'Then fix it.' },
    ]);
  });

  it('should run an unclosed fence to the end and split paragraphs on blank lines', () => {
    expect(splitTextBlocks('One.\r\n\r\nTwo.\n~~~\ncode')).toEqual([
      { type: 'paragraph', text: 'One.' },
      { type: 'paragraph', text: 'Two.' },
      { type: 'code', language: null, code: 'code' },
    ]);
  });
});
