import fc from 'fast-check';

import {
  exportGuide,
  parseGuide,
  type AnswerField,
  type AnswerPart,
  type ParsedGuide,
  type ParsedQuestion,
} from './index';
import {
  isAnswerMarker,
  isFollowUpMarker,
  isInterviewerLabel,
  isKnownFieldLabel,
  isResponseLabel,
  kindKeyOf,
  slugify,
  startsLikeQuestion,
} from './lib/vocabulary';

// Everything except what depends on the exact text: line numbers, warnings, hash.
const comparable = (doc: ParsedGuide): unknown => ({
  ...doc,
  warnings: undefined,
  contentHash: undefined,
  questions: doc.questions.map((question) => ({
    ...question,
    lines: undefined,
  })),
});

const roundTrip = (doc: ParsedGuide): ParsedGuide =>
  parseGuide(exportGuide(doc));

// Safe-ish text: words of letters and digits that carry no Markdown meaning and
// are not structure words (labels the parser treats as markers).
const isStructureWord = (word: string): boolean =>
  /question|follow|answer|^q\d+$/i.test(word) ||
  isAnswerMarker(word) ||
  isFollowUpMarker(word) ||
  isInterviewerLabel(word) ||
  isResponseLabel(word) ||
  isKnownFieldLabel(word);
const word = fc
  .stringMatching(/^[A-Za-z][a-z0-9]{0,8}$/)
  .filter((text) => !isStructureWord(text));
const words = (max: number): fc.Arbitrary<string> =>
  fc
    .array(word, { minLength: 1, maxLength: max })
    .map((list) => list.join(' '));
const sentence = fc
  .tuple(words(10), fc.constantFrom('', '.', '!', ','))
  .map(([text, end]) => `${text}${end}`);
const label = words(3);
const code = fc
  .tuple(
    fc.constantFrom('', 'ts', 'sql'),
    fc.array(words(5), { minLength: 1, maxLength: 3 }),
  )
  .map(([lang, lines]) => `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``);
const text = fc.oneof(
  { weight: 4, arbitrary: sentence },
  {
    weight: 1,
    arbitrary: fc
      .tuple(sentence, code)
      .map(([first, block]) => `${first}\n\n${block}`),
  },
);
const KNOWN_LABELS = [
  'Description',
  'Process',
  'Example',
  'Best practices',
  'Pitfalls',
  'Adaptation',
  'Scenario',
  'Action',
  'Outcome',
];
const KINDS = [
  null,
  'Technical Questions',
  'Behavioral Questions',
  'Situational Questions',
  'Problem-solving Questions',
  'Leadership Questions',
];

const fieldWith = (
  labels: fc.Arbitrary<string>,
  depth: number,
): fc.Arbitrary<AnswerField> =>
  fc
    .record(
      {
        label: labels,
        text: fc.option(text, { nil: undefined }),
        nested: fc.oneof(
          fc.constant(null),
          fc
            .array(sentence, { minLength: 1, maxLength: 3 })
            .map((items) => ({ items })),
          ...(depth > 0
            ? [
                fc
                  .array(fieldWith(label, depth - 1), {
                    minLength: 1,
                    maxLength: 3,
                  })
                  .map((children) => ({ children })),
              ]
            : []),
        ),
        ordered: fc.boolean(),
      },
      { noNullPrototype: true },
    )
    .map(({ label: fieldLabel, text: fieldText, nested, ordered }) => ({
      label: fieldLabel,
      ...(fieldText === undefined ? {} : { text: fieldText }),
      ...(nested ?? {}),
      ...(nested !== null && ordered ? { ordered: true } : {}),
    }));

const question: fc.Arbitrary<ParsedQuestion> = fc
  .record(
    {
      kind: fc.constantFrom(...KINDS),
      number: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
      prompt: sentence.map((prompt) => `${prompt}?`),
      context: fc.option(fc.oneof(sentence, code), { nil: null }),
      summary: fc.option(text, { nil: null }),
      fields: fc.array(fieldWith(fc.constantFrom(...KNOWN_LABELS), 2), {
        maxLength: 4,
      }),
      parts: fc.oneof(
        fc.constant<AnswerPart[]>([]),
        fc.array(
          fc.record(
            {
              title: label.filter((title) => !isKnownFieldLabel(title)),
              fields: fc.array(fieldWith(fc.constantFrom(...KNOWN_LABELS), 0), {
                minLength: 1,
                maxLength: 3,
              }),
            },
            { noNullPrototype: true },
          ),
          { minLength: 2, maxLength: 2 },
        ),
      ),
      followUps: fc.array(
        fc.record(
          {
            prompt: sentence.map((prompt) => `${prompt}?`),
            response: fc.option(sentence, { nil: null }),
          },
          { noNullPrototype: true },
        ),
        { maxLength: 3 },
      ),
    },
    { noNullPrototype: true },
  )
  .map(
    ({ kind, number, prompt, context, summary, fields, parts, followUps }) => ({
      kind,
      kindKey: kindKeyOf(kind),
      number,
      prompt,
      context,
      answer: { summary, fields, parts },
      followUps: followUps.map((followUp) => followUp.prompt),
      ...(followUps.some((followUp) => followUp.response !== null)
        ? { followUpResponses: followUps.map((followUp) => followUp.response) }
        : {}),
      lines: { start: 1, end: 1 },
    }),
  );

const section = fc
  .record(
    {
      // A title that reads like a question over labelled items would be taken for one.
      title: words(4).filter((title) => !startsLikeQuestion(title)),
      position: fc.constantFrom(
        'before-questions' as const,
        'after-questions' as const,
      ),
      items: fc.array(
        fc.record(
          {
            label: words(5).filter(
              (itemLabel) => !isKnownFieldLabel(itemLabel),
            ),
            details: fc.array(sentence, { maxLength: 3 }),
          },
          { noNullPrototype: true },
        ),
        { maxLength: 3 },
      ),
      notes: fc.array(sentence, { maxLength: 2 }),
    },
    { noNullPrototype: true },
  )
  .filter((candidate) => candidate.items.length + candidate.notes.length > 0);

const date = fc
  .date({
    min: new Date('2000-01-01'),
    max: new Date('2099-12-31'),
    noInvalidDate: true,
  })
  .map((value) => value.toISOString().slice(0, 10));
const extraValue = fc.oneof(
  fc.integer(),
  fc.boolean(),
  sentence,
  fc.constant(null),
  fc.array(word, { maxLength: 3 }),
  fc.dictionary(word, sentence, { maxKeys: 2, noNullPrototype: true }),
);
const RESERVED_KEYS =
  /^(?:term|title|name|description|summary|excerpt|category|vertical|industry|tags|keywords|authors?|slug|pub.*|publish.*|date.*|mod.*|updat.*|lastmod.*|lastmodified)$/i;

const guide: fc.Arbitrary<ParsedGuide> = fc
  .record(
    {
      title: words(6),
      slugWords: fc.option(fc.array(word, { minLength: 1, maxLength: 3 }), {
        nil: null,
      }),
      description: fc.option(sentence, { nil: null }),
      category: fc.option(word, { nil: null }),
      vertical: fc.option(words(2), { nil: null }),
      tags: fc.array(words(2), { maxLength: 4 }),
      author: fc.option(words(2), { nil: null }),
      publishedOn: fc.option(date, { nil: null }),
      modifiedOn: fc.option(date, { nil: null }),
      extra: fc.dictionary(
        word.filter((key) => !RESERVED_KEYS.test(key)),
        extraValue,
        { maxKeys: 3, noNullPrototype: true },
      ),
      sections: fc.array(section, { maxLength: 3 }),
      questions: fc.array(question, { minLength: 1, maxLength: 6 }),
    },
    { noNullPrototype: true },
  )
  .map(({ title, slugWords, sections, questions, ...frontmatter }) => ({
    title,
    slug: slugify(slugWords === null ? title : slugWords.join('-')) || 'guide',
    frontmatter: { title, ...frontmatter },
    profile: {
      // The parser lists sections in document order: those before the questions first.
      sections: [...sections].sort((a, b) =>
        a.position === b.position
          ? 0
          : a.position === 'before-questions'
            ? -1
            : 1,
      ),
    },
    questions,
    warnings: [],
    contentHash: '',
  }));

describe(exportGuide.name, () => {
  it('should parse back to the same document when exporting generated guides', () => {
    fc.assert(
      fc.property(guide, (doc) => {
        const again = roundTrip(doc);

        expect(comparable(again)).toStrictEqual(comparable(doc));
        // Questions are numbered at random here, so gaps in numbering are expected warnings.
        expect(
          again.warnings.filter(
            (warning) => !warning.message.startsWith('Question numbering'),
          ),
        ).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
