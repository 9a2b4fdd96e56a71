import { readFixture } from './__fixtures__/fixture-paths';
import { parseGuide } from './index';

describe(parseGuide.name, () => {
  const sut = parseGuide(readFixture('ok/paragraph-question-markers.md'));

  it('should start a question at each bold "Question N:" paragraph when questions are not headings', () => {
    expect(
      sut.questions.map((question) => [
        question.kind,
        question.number,
        question.prompt,
      ]),
    ).toEqual([
      ['Technical Questions', 1, 'How do you triage a phishing report?'],
      [
        'Technical Questions',
        2,
        'What logs would you collect first after a suspected breach?',
      ],
      [
        'Situational Questions',
        3,
        'A director asks you to disable MFA for a trip. What do you do?',
      ],
    ]);
  });

  it('should give each paragraph question the blocks up to the next one when they follow each other', () => {
    expect(
      sut.questions.map((question) =>
        question.answer.fields.map((field) => field.label),
      ),
    ).toEqual([['Approach', 'Outcome'], ['Description'], ['Action']]);
    expect(sut.questions[0].followUps).toEqual([
      'Which indicators would you share with other teams?',
    ]);
    expect(sut.questions.map((question) => question.lines)).toEqual([
      { start: 13, end: 18 },
      { start: 20, end: 22 },
      { start: 26, end: 28 },
    ]);
  });
});
