import fc from 'fast-check';

import {
  markdownFiles,
  readText,
  seedGuidesDir,
  sampleGuidesDir,
} from './__fixtures__/fixture-paths';
import { GuideParseError, parseGuide, type ParsedGuide } from './index';

const guides = [
  ...markdownFiles(sampleGuidesDir).map((name) =>
    readText(sampleGuidesDir, name),
  ),
  ...markdownFiles(seedGuidesDir).map((name) => readText(seedGuidesDir, name)),
];
const parsed = guides.map((text) => parseGuide(text));

/** Runs the parser and lets only its own error type through. */
const parseOrOwnError = (text: string): ParsedGuide | GuideParseError => {
  try {
    return parseGuide(text);
  } catch (error) {
    if (error instanceof GuideParseError) {
      return error;
    }
    throw error;
  }
};

const lines = (text: string): string[] => text.split('\n');
const controlChar = fc
  .integer({ min: 0, max: 31 })
  .map((code) => String.fromCharCode(code));
const randomBytes = fc
  .uint8Array({ minLength: 1, maxLength: 24 })
  .map((bytes) => Buffer.from(bytes).toString('utf8'));
const markdownNoise = fc.constantFrom(
  '#',
  '##### Question',
  '- **Answer:**',
  '**Follow-up points:**',
  '```',
  '~~~',
  '---',
  '===',
  '> ',
  '1. **',
  '<div>',
  '<!--',
  '| a | b |',
  '  - **Label:**',
  '\t',
  '\\',
  '*',
  '_',
  '[x](',
  '&amp;',
  '\r',
);
// Small next to a guide: a file that is mostly binary is rightly rejected as NOT_MARKDOWN.
const garbage = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 20 }),
      controlChar,
      randomBytes,
      markdownNoise,
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

type Mutation = (text: string) => string;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (cut): Mutation =>
      (text) =>
        text.slice(0, cut % (text.length + 1)),
  ),
  fc
    .array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 40 })
    .map((swaps): Mutation => (text) => {
      const all = lines(text);
      for (const [a, b] of swaps) {
        const i = a % all.length;
        const j = b % all.length;
        [all[i], all[j]] = [all[j], all[i]];
      }

      return all.join('\n');
    }),
  fc
    .tuple(
      fc.nat({ max: 14 }),
      fc.constantFrom(
        'key: [unclosed',
        '\tbad: tab',
        ': no key',
        'a: b: c',
        '"open',
        '- item',
        '&anchor',
        '*alias',
        '? complex',
      ),
    )
    .map((args): Mutation => (text) => {
      const [at, line] = args;
      const all = lines(text);
      all.splice(1 + at, 0, line);

      return all.join('\n');
    }),
  fc
    .tuple(
      fc.nat(),
      fc.integer({ min: 1_000, max: 300_000 }),
      fc.constantFrom('x', '*', '#', '`', '[', ' '),
    )
    .map(([at, size, char]): Mutation => (text) => {
      const all = lines(text);
      all.splice(at % all.length, 0, char.repeat(size));

      return all.join('\n');
    }),
  fc
    .array(fc.tuple(fc.nat(), fc.oneof(controlChar, randomBytes)), {
      minLength: 1,
      maxLength: 20,
    })
    .map(
      (inserts): Mutation =>
        (text) =>
          inserts.reduce((current, [at, chunk]) => {
            const index = at % (current.length + 1);

            return current.slice(0, index) + chunk + current.slice(index);
          }, text),
    ),
  fc
    .tuple(fc.nat(), fc.nat({ max: 30 }))
    .map(([at, count]): Mutation => (text) => {
      const all = lines(text);
      all.splice(at % all.length, count);

      return all.join('\n');
    }),
);

const essentials = (guide: ParsedGuide) =>
  guide.questions.map(
    ({ kind, number, prompt, answer, followUps, lines: range }) => ({
      kind,
      number,
      prompt,
      answer,
      followUps,
      lines: range,
    }),
  );

describe(parseGuide.name, () => {
  it('should only ever throw GuideParseError when guides are mutated at random', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: guides.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (index, mutations) => {
          const text = mutations.reduce(
            (current, mutate) => mutate(current),
            guides[index],
          );

          const sut = parseOrOwnError(text);

          if (!(sut instanceof GuideParseError)) {
            expect(sut.questions.length).toBeGreaterThan(0);
            for (const question of sut.questions) {
              expect(question.lines.start).toBeLessThanOrEqual(
                question.lines.end,
              );
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('should keep every earlier question when garbage follows a well-formed question', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: guides.length - 1 }),
        fc.nat(),
        fc.boolean(),
        garbage,
        (index, pick, newline, noise) => {
          const original = parsed[index];
          const keep = (pick % original.questions.length) + 1;
          const cutLine = original.questions[keep - 1].lines.end;
          const prefix = lines(guides[index].replace(/\r\n/g, '\n'))
            .slice(0, cutLine)
            .join('\n');

          const sut = parseOrOwnError(
            `${prefix}${newline ? '\n' : ''}${noise}`,
          );

          expect(sut).not.toBeInstanceOf(GuideParseError);
          const survivors = essentials(sut as ParsedGuide).slice(0, keep - 1);
          expect(survivors).toEqual(essentials(original).slice(0, keep - 1));
          if (newline) {
            expect((sut as ParsedGuide).questions[keep - 1]?.prompt).toBe(
              original.questions[keep - 1].prompt,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('should keep the other questions when the text of one answer is mutated', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: guides.length - 1 }),
        fc.nat(),
        garbage,
        (index, pick, noise) => {
          const original = parsed[index];
          const all = lines(guides[index].replace(/\r\n/g, '\n'));
          // Questions with an answer whose last line is prose, not a closing fence.
          const candidates = original.questions.filter(
            (question) =>
              question.lines.end > question.lines.start &&
              !/^\s*(?:`{3}|~{3})/.test(all[question.lines.end - 1]),
          );
          const target = candidates[pick % candidates.length];
          // Replace the last line of the answer with noise that cannot start a new block.
          const last = target.lines.end - 1;
          all[last] =
            `${all[last]} ${noise.replace(/[\n\r\u2028\u2029]/g, ' ').replace(/[`~<]/g, '')}`;

          const sut = parseOrOwnError(all.join('\n'));

          expect(sut).not.toBeInstanceOf(GuideParseError);
          const others = (guide: ParsedGuide) =>
            essentials(guide).filter(
              (question) => question.lines.start !== target.lines.start,
            );
          expect(others(sut as ParsedGuide)).toEqual(others(original));
        },
      ),
      { numRuns: 120 },
    );
  });
});
