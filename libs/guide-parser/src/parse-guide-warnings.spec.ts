import { readFixture } from './__fixtures__/fixture-paths';
import { parseGuide } from './index';

describe(parseGuide.name, () => {
  const sut = parseGuide(readFixture('ok/with-warnings.md'));

  it('should report what it could not understand with line numbers when the guide is sloppy', () => {
    expect(sut.warnings).toEqual([
      {
        line: 3,
        message:
          'Frontmatter date "sometime in spring" is not a date; kept as written',
      },
      { line: 4, message: 'Frontmatter tag that is not text was ignored' },
      { line: 15, message: 'Follow-up label without any follow-up points' },
      { line: 17, message: 'Question without a prompt' },
      {
        line: 21,
        message:
          'Heading "Reading List" has no content and was not recognised as a question; ignored',
      },
      {
        line: 27,
        message: 'Code block is never closed; it runs to the end of the guide',
      },
    ]);
  });

  it('should still return every question when some of them raise warnings', () => {
    expect(
      sut.questions.map((question) => [question.number, question.prompt]),
    ).toEqual([
      [1, 'How do you plan a peak-season shift?'],
      [2, ''],
      [3, 'What does this code do?'],
    ]);
    expect(sut.questions[1].answer.summary).toBe(
      'The prompt line is missing here.',
    );
    expect(sut.questions[2].context).toBe(
      '```text\nthis fence is never closed\n```',
    );
  });

  it('should keep the questionable values when a warning was raised for them', () => {
    expect(sut.frontmatter.publishedOn).toBe('sometime in spring');
    expect(sut.frontmatter.tags).toEqual(['Logistics']);
  });
});
