import { describe, expect, it } from 'vitest';

import { formatCount } from './formatCount';

const QUESTIONS = { one: 'question', other: 'questions' };
const MATCHES = { one: 'match', other: 'matches' };

describe(formatCount.name, () => {
  it.each([
    [1, QUESTIONS, false, '1 question'],
    [48, QUESTIONS, false, '48 questions'],
    [0, MATCHES, false, '0 matches'],
    [2000, MATCHES, true, '2,000+ matches'],
  ])(
    'should format %d %o (capped: %s) as %s',
    (count, noun, isCapped, expected) => {
      expect(formatCount(count, noun, isCapped)).toBe(expected);
    },
  );
});
