import { describe, expect, it } from 'vitest';

import {
  inlineMarkdownToText,
  parseInlineMarkdown,
} from './parseInlineMarkdown';

describe(parseInlineMarkdown.name, () => {
  it('should parse bold, emphasis and code spans when they are closed', () => {
    expect(
      parseInlineMarkdown('Use **idempotency keys**, *not* `SELECT 1`.'),
    ).toEqual([
      { type: 'text', text: 'Use ' },
      {
        type: 'strong',
        children: [{ type: 'text', text: 'idempotency keys' }],
      },
      { type: 'text', text: ', ' },
      { type: 'em', children: [{ type: 'text', text: 'not' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'SELECT 1' },
      { type: 'text', text: '.' },
    ]);
  });

  it('should keep markers literal when they are unmatched or surrounded by spaces', () => {
    expect(inlineMarkdownToText('2 * 3 * 4 and **open')).toBe(
      '2 * 3 * 4 and **open',
    );
    expect(parseInlineMarkdown('a `dangling')).toEqual([
      { type: 'text', text: 'a `dangling' },
    ]);
  });

  it('should not treat underscores inside words as emphasis', () => {
    expect(parseInlineMarkdown('set lock_timeout and _this_')).toEqual([
      { type: 'text', text: 'set lock_timeout and ' },
      { type: 'em', children: [{ type: 'text', text: 'this' }] },
    ]);
  });

  it('should keep markers inside code spans as code', () => {
    expect(parseInlineMarkdown('**bold `a ** b` end**')).toEqual([
      {
        type: 'strong',
        children: [
          { type: 'text', text: 'bold ' },
          { type: 'code', text: 'a ** b' },
          { type: 'text', text: ' end' },
        ],
      },
    ]);
  });

  it('should nest strong inside emphasis when a triple run closes both', () => {
    expect(parseInlineMarkdown('*foo **bar***')).toEqual([
      {
        type: 'em',
        children: [
          { type: 'text', text: 'foo ' },
          { type: 'strong', children: [{ type: 'text', text: 'bar' }] },
        ],
      },
    ]);
  });

  it('should honour backslash escapes', () => {
    expect(inlineMarkdownToText('\\*not em\\* and \\`x\\`')).toBe(
      '*not em* and `x`',
    );
  });
});
