import { readFixture } from './__fixtures__/fixture-paths';
import { parseGuide } from './index';

describe(parseGuide.name, () => {
  const sut = parseGuide(readFixture('ok/answer-sub-headings.md'));

  it('should read "Answer" and "Follow-up questions" sub-headings as markers when a question uses them', () => {
    expect(sut.questions[0].answer.fields.map((field) => field.label)).toEqual([
      'Approach',
      'Pitfalls',
    ]);
    expect(sut.questions[0].followUps).toEqual([
      'How do you handle a service that keeps missing its SLO?',
    ]);
  });

  it('should turn other sub-headings into named parts when they split the answer', () => {
    expect(sut.questions[1].answer.fields).toEqual([]);
    expect(
      sut.questions[1].answer.parts.map((part) => [
        part.title,
        part.fields.map((field) => field.label),
      ]),
    ).toEqual([
      ['Blue-Green Release', ['Description', 'Pitfalls']],
      ['Canary Release', ['Description', 'Best practices']],
    ]);
    expect(sut.questions).toHaveLength(2);
    expect(sut.warnings).toEqual([]);
  });
});
