import { readFixture } from './__fixtures__/fixture-paths';
import { parseGuide } from './index';

describe(parseGuide.name, () => {
  const sut = parseGuide(readFixture('ok/mixed-variants.md'));

  it('should ignore decoration before the marker when headings start with an emoji', () => {
    expect(
      sut.questions
        .slice(0, 2)
        .map((question) => [question.kind, question.number, question.prompt]),
    ).toEqual([
      [
        '🔹 Sourcing Questions',
        1,
        'How do you find candidates who are not looking for a job?',
      ],
      [
        '🔹 Sourcing Questions',
        2,
        'How do you keep a pipeline warm between openings?',
      ],
    ]);
    expect(sut.questions[0].kindKey).toBe('sourcing');
  });

  it('should read labelled paragraphs after the Answer marker as fields when there is no list', () => {
    expect(sut.questions[0].answer.fields).toEqual([
      {
        label: 'Approach',
        text: 'Search communities where the skills are practised, not job boards.',
      },
      {
        label: 'Why it works',
        text: 'Passive candidates answer messages that show you know their work.',
      },
    ]);
  });

  it('should give a follow-up heading to the question above when it sits at the question level', () => {
    expect(sut.questions[0].followUps).toEqual([
      'How do you measure response rates?',
      'What do you write in the first message?',
    ]);
    expect(sut.questions[0].lines).toEqual({ start: 7, end: 18 });
  });

  it('should read "**Q:**" and "**A:**" paragraphs as questions and answers when a section uses them', () => {
    expect(
      sut.questions
        .slice(2)
        .map((question) => [
          question.kind,
          question.number,
          question.prompt,
          question.answer.summary,
        ]),
    ).toEqual([
      [
        'Closing Questions',
        null,
        'What makes a good job description?',
        'Clear outcomes, honest requirements, and the salary range.',
      ],
      [
        'Closing Questions',
        null,
        'How do you close a candidate who holds two offers?',
        'Find what matters most to them and address it directly.',
      ],
    ]);
    expect(sut.title).toBe('Recruiter Interview Guide');
    expect(sut.warnings).toEqual([]);
  });
});
