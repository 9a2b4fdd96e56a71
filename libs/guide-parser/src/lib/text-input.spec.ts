import { createHash } from 'node:crypto';

import { contentHash, normaliseText } from './text-input';

describe(contentHash.name, () => {
  const expected = createHash('sha256')
    .update('line one\nline two\n')
    .digest('hex');

  it('should hash the text as sha256 hex when it is already normalised', () => {
    expect(contentHash('line one\nline two\n')).toBe(expected);
  });

  it('should ignore a byte order mark and CRLF endings when only those differ', () => {
    expect(contentHash('\uFEFFline one\r\nline two\r\n')).toBe(expected);
  });

  it('should change when the text changes', () => {
    expect(contentHash('line one\nline 2\n')).not.toBe(expected);
  });
});

describe(normaliseText.name, () => {
  it('should turn lone CR line endings into LF when a file uses them', () => {
    expect(normaliseText('a\rb\r\nc')).toBe('a\nb\nc');
  });
});
