import { readFixture } from './__fixtures__/fixture-paths';
import { parseGuide } from './index';

describe(parseGuide.name, () => {
  const sut = parseGuide(readFixture('ok/unnumbered-headings.md'), {
    fileName: 'unnumbered-headings.md',
  });

  it('should find unnumbered question headings when they sit under a questions section', () => {
    expect(
      sut.questions.map((question) => [
        question.kind,
        question.number,
        question.prompt,
      ]),
    ).toEqual([
      [
        'Pipeline Design Questions',
        null,
        'How do you make a daily batch pipeline safe to re-run?',
      ],
      [
        'Pipeline Design Questions',
        null,
        'Walk me through choosing a file format for a data lake.',
      ],
      [
        'Additional Questions',
        null,
        'How would you backfill two years of events without stopping the daily load?',
      ],
      [
        'Additional Questions',
        null,
        'What is your favourite data quality check, and why?',
      ],
    ]);
  });

  it('should slug unusual kind names when the heading is not a known kind', () => {
    expect(sut.questions.map((question) => question.kindKey)).toEqual([
      'pipeline-design',
      'pipeline-design',
      'additional',
      'additional',
    ]);
  });

  it('should read fields right under the question when there is no answer marker', () => {
    const [first] = sut.questions;

    expect(first.answer.summary).toBeNull();
    expect(first.answer.fields.map((field) => field.label)).toEqual([
      'Approach',
      'Process',
      'Pitfalls',
    ]);
    expect(first.answer.fields[1]).toEqual({
      label: 'Process',
      ordered: true,
      children: [
        {
          label: 'Partition by date',
          text: 'Write each run into its own partition.',
        },
        {
          label: 'Swap atomically',
          text: 'Publish by replacing the partition in one operation.',
        },
      ],
    });
  });

  it('should keep bold follow-up questions and their nested responses when follow-ups are written that way', () => {
    expect(sut.questions[0].followUps).toEqual([
      'What if the source system corrects old records?',
      'How do you detect a partial run?',
    ]);
    expect(sut.questions[0].followUpResponses).toEqual([
      'Reprocess a sliding window of recent partitions on every run.',
      'Compare row counts and a checksum against the source before publishing.',
    ]);
  });

  it('should give additional questions an empty answer when they carry none', () => {
    expect(sut.questions[3].answer).toEqual({
      summary: null,
      fields: [],
      parts: [],
    });
    expect(sut.questions[3].followUps).toEqual([]);
    expect(sut.questions[3]).not.toHaveProperty('followUpResponses');
  });

  it('should keep the conclusion as a profile section after the questions when the guide ends with one', () => {
    expect(
      sut.profile.sections.map((section) => [section.title, section.position]),
    ).toEqual([
      ['Certifications', 'before-questions'],
      ['Conclusion', 'after-questions'],
    ]);
  });

  it('should leave missing frontmatter keys empty when the frontmatter lacks them', () => {
    expect(sut.frontmatter).toMatchObject({
      description: null,
      vertical: null,
      author: null,
      modifiedOn: null,
      publishedOn: '2025-05-02',
      extra: {},
    });
    expect(sut.warnings).toEqual([]);
  });
});
