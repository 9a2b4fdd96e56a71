import { readFixture } from './__fixtures__/fixture-paths';
import { parseGuide } from './index';

describe(parseGuide.name, () => {
  const sut = parseGuide(readFixture('ok/question-number-bold-prompt.md'), {
    fileName: 'guides/question-number-bold-prompt.md',
  });

  it('should take the prompt from the bold paragraph when the heading only says "Question N"', () => {
    expect(
      sut.questions.map((question) => [question.number, question.prompt]),
    ).toEqual([
      [
        1,
        'A prescriber orders a dose ten times higher than usual. What do you do?',
      ],
      [2, 'Tell me about a time you disagreed with a colleague.'],
    ]);
  });

  it('should read the fields after a bare "**Answer:**" paragraph when the marker stands alone', () => {
    expect(sut.questions[0].answer.fields.map((field) => field.label)).toEqual([
      'Approach',
      'Action',
      'Pitfalls',
    ]);
    expect(sut.questions[0].answer.summary).toBeNull();
  });

  it('should count an Interviewer/Response pair once when the response is nested', () => {
    expect(sut.questions[0].followUps).toEqual([
      'What if the prescriber insists the dose is correct?',
    ]);
    expect(sut.questions[0].followUpResponses).toEqual([
      'Ask for the clinical reason, check references, and escalate to the pharmacy lead if it is still unsafe.',
    ]);
  });

  it('should pair responses with the interviewer line before them when the pairs are flat', () => {
    expect(sut.questions[1].followUps).toEqual([
      'How did you raise it?',
      'Would you report it if it happened again?',
    ]);
    expect(sut.questions[1].followUpResponses).toEqual([
      'Privately, with one specific example.',
      'Yes, through the incident system.',
    ]);
  });

  it('should take the title from the H1 and the description from the intro when there is no frontmatter', () => {
    expect(sut.title).toBe('Pharmacist Interview Questions and Answers');
    expect(sut.slug).toBe('question-number-bold-prompt');
    expect(sut.frontmatter.description).toBe(
      'Practice questions for hospital pharmacist interviews, with model answers and the follow-up exchanges interviewers use.',
    );
    expect(sut.frontmatter.tags).toEqual([]);
  });

  it('should read sections one heading level up when the whole guide is shifted', () => {
    expect(sut.questions.map((question) => question.kind)).toEqual([
      'Clinical Questions',
      'Behavioral Questions',
    ]);
    expect(sut.profile.sections).toEqual([
      {
        title: 'Licensure',
        position: 'before-questions',
        items: [
          {
            label: 'State Pharmacist Licence',
            details: ['Required before independent practice.'],
          },
        ],
        notes: [],
      },
    ]);
    expect(sut.warnings).toEqual([]);
  });
});
