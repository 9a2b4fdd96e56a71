import { readFixture } from './__fixtures__/fixture-paths';
import { parseGuide } from './index';

describe(parseGuide.name, () => {
  const sut = parseGuide(readFixture('ok/bold-numbered-headings.md'));

  it('should strip bold markers and numbering when headings read "#### **N. text**"', () => {
    expect(
      sut.questions.map((question) => [question.number, question.prompt]),
    ).toEqual([
      [1, 'Compare open-loop and closed-loop control for a drive motor.'],
      [2, 'What is wrong with this control loop?'],
    ]);
  });

  it('should leave the kind empty when there are no kind headings', () => {
    expect(
      sut.questions.map((question) => [question.kind, question.kindKey]),
    ).toEqual([
      [null, 'general'],
      [null, 'general'],
    ]);
  });

  it('should collect follow-ups repeated per concept when each named part has its own list', () => {
    expect(sut.questions[0].answer.parts).toEqual([
      {
        title: 'Open-Loop Control',
        fields: [
          {
            label: 'Description',
            text: 'Commands a speed without measuring the result.',
          },
          { label: 'Pitfalls', text: 'Drifts when the load changes.' },
        ],
      },
      {
        title: 'Closed-Loop Control',
        fields: [
          {
            label: 'Description',
            text: 'Measures speed with an encoder and corrects the error.',
          },
          { label: 'Best practices', text: 'Tune the derivative term last.' },
        ],
      },
    ]);
    expect(sut.questions[0].followUps).toEqual([
      'When is open-loop good enough?',
      'How do you handle encoder noise?',
      'What limits the loop rate?',
    ]);
  });

  it('should keep a code block between question and answer as context when the question refers to it', () => {
    expect(sut.questions[1].context).toBe(
      '```python\nwhile True:\n    error = target - read_encoder()\n    set_motor(kp * error)\n    time.sleep(0.5)\n```',
    );
    expect(sut.questions[1].answer.fields.map((field) => field.label)).toEqual([
      'Description',
      'Adaptation',
    ]);
  });

  it('should keep the conclusion as a profile note when the guide ends with one', () => {
    expect(sut.profile.sections).toEqual([
      {
        title: 'Conclusion',
        position: 'after-questions',
        items: [],
        notes: [
          'Show that you reason from the physics first and the code second.',
        ],
      },
    ]);
    expect(sut.warnings).toEqual([]);
  });
});
