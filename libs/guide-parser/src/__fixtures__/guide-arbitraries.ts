import fc from 'fast-check';

import type {
  AbstractField,
  AbstractGuide,
  AbstractQuestion,
  GuideLayout,
} from './render-guide';

const WORDS = [
  'deployment',
  'pipeline',
  'latency',
  'a rollback',
  'the schema',
  'an outage',
  'your team',
  'the cache',
  'on-call',
  'capacity',
  'a migration',
  'the budget',
];
const OPENERS = [
  'How would you handle',
  'What is your approach to',
  'Describe',
  'Explain',
  'Tell me about',
  'Why would you choose',
  'Walk me through',
  'Which metrics track',
];
const LABELS = [
  'Rolling Deployment',
  'Best Practice',
  'Common Pitfalls',
  'Example',
  'Tools',
  'Situation',
  'Action',
  'Result',
  'Trade-offs',
  'Key Steps',
  'Blue-Green Deployment',
];
const KINDS = [
  'Technical Questions',
  'Behavioral Questions',
  'Situational Questions',
  'Problem-Solving Questions',
  'Leadership Questions',
];

const phrase = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
  .map((words) => words.join(' and '));
const sentence = phrase.map(
  (text) => `${text[0].toUpperCase()}${text.slice(1)} matters here.`,
);

// Labelled fields nested up to three levels, as the guides write them.
const fieldAt = (depth: number): fc.Arbitrary<AbstractField> =>
  fc.record({
    label: fc.constantFrom(...LABELS),
    text: sentence,
    children:
      depth === 0
        ? fc.constant<AbstractField[]>([])
        : fc.oneof(
            fc.constant<AbstractField[]>([]),
            fc.array(fieldAt(depth - 1), { minLength: 1, maxLength: 2 }),
          ),
  });
const field = fieldAt(2);

const question: fc.Arbitrary<AbstractQuestion> = fc.record({
  prompt: fc
    .tuple(fc.constantFrom(...OPENERS), phrase, fc.boolean())
    .map(([opener, text, asks]) => `${opener} ${text}${asks ? '?' : ''}`),
  summary: fc.option(sentence, { nil: null }),
  fields: fc.array(field, { minLength: 1, maxLength: 3 }),
  followUps: fc.array(
    phrase.map((text) => `How do you measure ${text}?`),
    { maxLength: 3 },
  ),
});

/** A guide of one to three kind sections, some role requirements before the questions. */
export const abstractGuide: fc.Arbitrary<AbstractGuide> = fc.record({
  title: fc.constantFrom(
    'DevOps Engineer Interview Questions and Answers',
    'Data Engineer Interview Guide',
  ),
  requirements: fc.array(
    fc.record({
      label: fc.constantFrom(
        'Experience with CI/CD Tooling',
        'Design Skills',
        'Cloud Platforms',
        'Communication',
      ),
      text: sentence,
    }),
    { maxLength: 3 },
  ),
  sections: fc.uniqueArray(
    fc.record({
      kind: fc.constantFrom(...KINDS),
      questions: fc.array(question, { minLength: 1, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 3, selector: (section) => section.kind },
  ),
});

export const guideLayout: fc.Arbitrary<GuideLayout> = fc.record({
  family: fc.constantFrom('ordered-list', 'range-headings'),
  level: fc.constantFrom(2, 3, 4),
  numbering: fc.constantFrom('1.', '1)', 'Q1.'),
  continueNumbering: fc.boolean(),
  prompt: fc.constantFrom('bold', 'italic', 'plain'),
  blankLines: fc.boolean(),
  indent: fc.constantFrom('  ', '    ', '\t'),
  crlf: fc.boolean(),
  answer: fc.constantFrom('bullet', 'paragraph'),
  boldMarkers: fc.boolean(),
  followUps: fc.constantFrom('nested', 'sibling', 'paragraph'),
  italicChildLabels: fc.boolean(),
});
