import { randomBytes } from 'node:crypto';

import { readFixture } from './__fixtures__/fixture-paths';
import { GuideParseError, MAX_GUIDE_BYTES, parseGuide } from './index';

const parseError = (text: string): GuideParseError => {
  try {
    parseGuide(text);
  } catch (error) {
    if (error instanceof GuideParseError) {
      return error;
    }
    throw error;
  }
  throw new Error('parseGuide did not throw');
};

describe(parseGuide.name, () => {
  it.each([
    [
      'invalid/invalid-yaml.md',
      'INVALID_FRONTMATTER',
      4,
      /invalid YAML in the frontmatter/,
    ],
    [
      'invalid/unclosed-frontmatter.md',
      'INVALID_FRONTMATTER',
      1,
      /never closed/,
    ],
    [
      'invalid/frontmatter-not-a-mapping.md',
      'INVALID_FRONTMATTER',
      2,
      /must be a YAML mapping/,
    ],
    ['invalid/no-questions.md', 'NO_QUESTIONS', 6, /no questions found/],
  ] as const)(
    'should throw a GuideParseError naming the line when parsing %s',
    (fixture, code, line, reason) => {
      const sut = parseError(readFixture(fixture));

      expect(sut).toBeInstanceOf(GuideParseError);
      expect(sut).toMatchObject({ name: 'GuideParseError', code, line });
      expect(sut.reason).toMatch(reason);
      expect(sut.message).toBe(`Line ${line}: ${sut.reason}`);
    },
  );

  it('should throw NO_QUESTIONS when the text is empty', () => {
    expect(parseError('')).toMatchObject({ code: 'NO_QUESTIONS', line: 1 });
  });

  it('should throw NOT_MARKDOWN when the file is binary', () => {
    const binary = randomBytes(4096);
    binary[0] = 0x89;

    expect(parseError(binary.toString('utf8'))).toMatchObject({
      code: 'NOT_MARKDOWN',
      line: 1,
    });
  });

  it('should throw NOT_MARKDOWN when the text is mostly control characters', () => {
    const text = `# Title\n${'\u0000\u0001\u0002 '.repeat(100)}`;

    expect(parseError(text)).toMatchObject({ code: 'NOT_MARKDOWN', line: 2 });
  });

  it('should throw TOO_LARGE when the guide exceeds 2 MB', () => {
    expect(parseError(`# Title\n${'b'.repeat(MAX_GUIDE_BYTES)}`)).toMatchObject(
      { code: 'TOO_LARGE', line: 2 },
    );
  });

  it('should count UTF-8 bytes when checking the size limit', () => {
    const line = `${'é'.repeat(99)}\n`;
    const text = line.repeat(Math.ceil(MAX_GUIDE_BYTES / 199) + 1);

    expect(text.length).toBeLessThan(MAX_GUIDE_BYTES);
    expect(parseError(text)).toMatchObject({
      code: 'TOO_LARGE',
      line: Math.floor(MAX_GUIDE_BYTES / 199) + 1,
    });
  });
});
