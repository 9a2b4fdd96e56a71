import { readFixture } from './__fixtures__/fixture-paths';
import { parseGuide } from './index';

describe(parseGuide.name, () => {
  // A UTF-8 byte order mark before the frontmatter, as some editors write it.
  const sut = parseGuide(
    `\uFEFF${readFixture('ok/ordered-list-questions.md')}`,
  );

  it('should read list items as questions when the questions are a numbered list of bold prompts', () => {
    expect(
      sut.questions.map((question) => [
        question.kind,
        question.number,
        question.prompt,
      ]),
    ).toEqual([
      [
        'Technical Questions',
        1,
        'How do you decide when to pay down technical debt?',
      ],
      ['Technical Questions', 2, 'How do you run an architecture review?'],
      [
        'Behavioral Questions',
        1,
        'Tell me about a hire that did not work out.',
      ],
    ]);
  });

  it('should keep "**Example Answer**:" text as the summary when the answer is indented in the item', () => {
    expect(sut.questions.map((question) => question.answer.summary)).toEqual([
      'I tie each debt item to a cost the team already pays.',
      'Short written proposals, reviewed asynchronously first.',
      'I acted early and documented clear expectations.',
    ]);
    expect(sut.questions[0].answer.fields.map((field) => field.label)).toEqual([
      'Approach',
      'Best practices',
    ]);
  });

  it('should read follow-ups both as a field and under a paragraph label when both styles are used', () => {
    expect(sut.questions.map((question) => question.followUps)).toEqual([
      ['How do you explain the trade-off to product?'],
      [],
      [
        'What would you do differently in the interview loop?',
        'How did the team react?',
      ],
    ]);
  });

  it('should read the frontmatter after a byte order mark when the file starts with one', () => {
    expect(sut.title).toBe(
      'Engineering Manager Interview Questions and Answers',
    );
    expect(sut.frontmatter.publishedOn).toBe('2025-07-01');
    expect(sut.profile.sections.map((section) => section.title)).toEqual([
      'Additional Considerations',
    ]);
    expect(sut.warnings).toEqual([]);
  });

  it('should give each list question the lines of its item when questions are list items', () => {
    expect(sut.questions.map((question) => question.lines)).toEqual([
      { start: 13, end: 21 },
      { start: 23, end: 29 },
      { start: 33, end: 43 },
    ]);
  });
});
