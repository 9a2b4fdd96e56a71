import { readFixture } from './__fixtures__/fixture-paths';
import { GuideParseError, parseGuide, type ParsedGuide } from './index';

// Hand-checked against the Markdown beside each file.
const FIXTURES = [
  'ordered-list-nested-answers',
  'ordered-list-sibling-answers',
  'q-prefix-tabs-crlf',
  'range-headings',
  'range-headings-under-kinds',
];

const view = (guide: ParsedGuide) => ({
  questions: guide.questions.map((question) => ({
    kind: question.kind,
    number: question.number,
    prompt: question.prompt,
    answer: question.answer,
    followUps: question.followUps,
  })),
  warnings: guide.warnings,
  profileSections: guide.profile.sections.map((section) => section.title),
});

const parseFixture = (name: string): ParsedGuide =>
  parseGuide(readFixture(`ok/${name}.md`), { fileName: `${name}.md` });

describe(parseGuide.name, () => {
  it.each(FIXTURES)(
    'should yield every question with its answer fields and follow-ups when parsing %s',
    (name) => {
      expect(view(parseFixture(name))).toEqual(
        JSON.parse(readFixture(`ok/${name}.expected.json`)),
      );
    },
  );

  it('should keep follow-ups out of the answer when they are nested in it', () => {
    const labels = (guide: ParsedGuide): string[] =>
      JSON.stringify(guide.questions.map((question) => question.answer)).match(
        /"label":"[^"]*"/g,
      ) ?? [];

    for (const name of FIXTURES) {
      expect(labels(parseFixture(name)).join(' ')).not.toMatch(/follow/i);
    }
  });

  it('should read the role requirements as profile items and not as questions when they are numbered bold labels', () => {
    const sut = parseFixture('ordered-list-nested-answers');

    expect(sut.questions.map((question) => question.number)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(sut.profile.sections[0]).toEqual({
      title: 'Role Profile',
      position: 'before-questions',
      items: [
        {
          label: 'Experience with CI/CD Tooling',
          details: ['Familiarity with Jenkins, GitHub Actions or GitLab CI.'],
        },
        {
          label: 'Design Skills',
          details: ['Ability to design pipelines that teams can own.'],
        },
      ],
      notes: [],
    });
  });

  it('should give the same result when the CRLF, tab-indented guide is written with LF and four spaces', () => {
    const crlf = readFixture('ok/q-prefix-tabs-crlf.md');

    expect(crlf).toContain('\r\n\t- ');
    expect(
      view(parseGuide(crlf.replace(/\r\n/g, '\n').replace(/\t/g, '    '))),
    ).toEqual(view(parseGuide(crlf)));
  });

  it('should warn with the heading line when a range heading names more questions than it holds', () => {
    expect(parseFixture('range-headings').warnings).toEqual([
      {
        line: 24,
        message:
          'Heading "Question 4-6: Additional Questions" names 3 questions but 2 were found under it',
      },
    ]);
  });

  it('should warn with the line when the numbering of questions skips one', () => {
    const text = readFixture('ok/ordered-list-nested-answers.md').replace(
      '4. **Describe how you onboard',
      '7. **Describe how you onboard',
    );

    expect(parseGuide(text).warnings).toEqual([
      {
        line: 47,
        message:
          'Question numbering jumps from 3 to 7; check for a question that was not read',
      },
      {
        line: 53,
        message: 'Question numbering goes back from 7 to 5',
      },
    ]);
  });

  it('should refuse a template with headings but no questions and not claim a layout it refuses', () => {
    const parse = (): ParsedGuide =>
      parseGuide(readFixture('invalid/template-headings-only.md'));

    expect(parse).toThrow(GuideParseError);
    expect(parse).toThrow(
      'Line 9: no questions found: expected question headings ("Question 1: ...", "Q1: ...", "1. ..."), ' +
        'headings phrased as questions, questions written as list items or bold paragraphs ' +
        'under a heading that mentions questions ("Interview Questions", "Technical Questions"), ' +
        'or, under any other heading, list items ending with "?"',
    );
  });

  it('should read list items ending with "?" as questions and warn when no heading mentions questions', () => {
    const sut = parseFixture('no-questions-heading');

    expect(
      sut.questions.map((question) => [
        question.kind,
        question.number,
        question.prompt,
        question.answer.summary,
      ]),
    ).toEqual([
      [
        'Kitchen Skills',
        1,
        'How do you keep a line running during a rush?',
        'Prep lists and a clear call-back system.',
      ],
      [
        'Kitchen Skills',
        2,
        'What is mise en place to you?',
        'Everything in its place before service.',
      ],
    ]);
    expect(sut.warnings).toEqual([
      {
        line: 9,
        message:
          'No heading mentions questions; numbered items phrased as questions were read as questions',
      },
    ]);
    expect(sut.profile.sections.map((section) => section.title)).toEqual([
      'Qualifications',
    ]);
  });

  it('should still refuse a list of bold labels under headings that never mention questions', () => {
    const text = readFixture('ok/no-questions-heading.md').replace(
      /\*\*(How do you keep|What is mise)[^*]*\*\*/g,
      '**Line Work:** Keeps the pass moving.',
    );

    expect(() => parseGuide(text)).toThrow(GuideParseError);
  });
});
