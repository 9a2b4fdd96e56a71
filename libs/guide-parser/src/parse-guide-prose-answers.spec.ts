import { readFixture } from './__fixtures__/fixture-paths';
import { parseGuide } from './index';

describe(parseGuide.name, () => {
  const sut = parseGuide(readFixture('ok/prose-answers.md'));

  it('should read paragraphs under a question as its answer when there is no marker or field', () => {
    expect(sut.questions[0]).toMatchObject({
      kind: 'Technical Questions',
      prompt: 'What is a closure?',
      context: null,
      answer: {
        summary:
          'A closure is a function together with the variables of the scope it was created in.\n\n' +
          'It keeps those variables alive after the outer function returns.',
        fields: [],
        parts: [],
      },
    });
  });

  it('should keep a lone code block as context when the question has no answer', () => {
    expect(sut.questions[1].context).toBe(
      '```js\nfor (var i = 0; i < 3; i++) setTimeout(() => console.log(i));\n```',
    );
    expect(sut.questions[1].answer.summary).toBeNull();
  });

  it('should keep unlabelled bullets as unlabelled fields when an answer is a plain list', () => {
    expect(sut.questions[2].prompt).toBe(
      'What is the difference between `==` and `===`?',
    );
    expect(sut.questions[2].answer.fields).toEqual([
      { label: '', text: '`===` compares without type conversion.' },
      { label: '', text: '`==` converts types first, which surprises people.' },
    ]);
    expect(sut.questions[2].followUps).toEqual(['When is `==` still useful?']);
  });

  it('should read a bulleted list of bold questions when a section lists questions without answers', () => {
    expect(
      sut.questions
        .slice(3)
        .map((question) => [question.kind, question.prompt]),
    ).toEqual([
      ['Additional Questions', 'Why do you want to work with JavaScript?'],
      [
        'Additional Questions',
        'Which library would you remove from your last project?',
      ],
    ]);
    expect(sut.warnings).toEqual([]);
  });

  it('should keep the candidate’s own questions in the profile when a section lists questions to ask', () => {
    expect(sut.questions).toHaveLength(5);
    expect(sut.profile.sections).toEqual([
      {
        title: 'Questions to Ask the Interviewer',
        position: 'after-questions',
        items: [
          { label: 'How do you review pull requests?', details: [] },
          { label: 'What does the first month look like?', details: [] },
        ],
        notes: [],
      },
    ]);
  });
});
