import { createHash } from 'node:crypto';

import { GuideParseError } from './guide-parse-error';

/** Largest guide accepted, in UTF-8 bytes. */
export const MAX_GUIDE_BYTES = 2 * 1024 * 1024;

// Share of control / replacement characters above which a file is taken for binary.
const MAX_BINARY_RATIO = 0.1;
const BINARY_CHAR = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g;

/** Strips a leading BOM and turns CRLF and lone CR line endings into LF. */
export const normaliseText = (text: string): string =>
  text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/**
 * sha256 (hex) of the normalised text (BOM stripped, CRLF → LF), so a guide
 * re-saved with other line endings keeps its hash.
 */
export const contentHash = (text: string): string =>
  createHash('sha256').update(normaliseText(text), 'utf8').digest('hex');

/** Throws `TOO_LARGE` / `NOT_MARKDOWN` for input no guide can be read from. */
export const assertReadable = (text: string): void => {
  if (
    text.length > MAX_GUIDE_BYTES ||
    Buffer.byteLength(text, 'utf8') > MAX_GUIDE_BYTES
  ) {
    throw new GuideParseError(
      'TOO_LARGE',
      lineAtByte(text, MAX_GUIDE_BYTES),
      `the guide is larger than the limit of ${MAX_GUIDE_BYTES} bytes`,
    );
  }
  const binary = text.match(BINARY_CHAR)?.length ?? 0;
  if (text.length > 0 && binary / text.length > MAX_BINARY_RATIO) {
    const first = text.search(BINARY_CHAR);
    throw new GuideParseError(
      'NOT_MARKDOWN',
      lineOfIndex(text, first),
      'the file looks binary (control characters or invalid UTF-8), not Markdown',
    );
  }
};

/** Postgres text columns cannot hold NUL; CommonMark replaces it with U+FFFD too. */
export const replaceNul = (text: string): string =>
  text.replace(/\u0000/g, '\uFFFD');

const lineOfIndex = (text: string, index: number): number => {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
    }
  }

  return line;
};

const lineAtByte = (text: string, limit: number): number => {
  let bytes = 0;
  let line = 1;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes > limit) {
      return line;
    }
    if (code === 10) {
      line += 1;
    }
  }

  return line;
};
