import { readFixture } from './__fixtures__/fixture-paths';
import { parseGuide } from './index';

describe(parseGuide.name, () => {
  const sut = parseGuide(readFixture('ok/q-prefix-cycling-kinds.md'));

  it('should read QN headings when questions are written "##### Q1: text"', () => {
    expect(
      sut.questions.map((question) => [question.number, question.prompt]),
    ).toEqual([
      [1, 'How does a ViewModel survive a configuration change?'],
      [2, 'Tell me about a release you had to roll back.'],
      [3, 'When would you choose Jetpack Compose over Views?'],
    ]);
  });

  it('should take the nearest kind heading when kinds repeat in a cycle', () => {
    expect(sut.questions.map((question) => question.kind)).toEqual([
      'Technical Questions',
      'Behavioral Questions',
      'Technical Questions',
    ]);
  });

  it('should keep inline answer text as the summary when the marker is "- **Answer**: text"', () => {
    expect(sut.questions[0].answer.summary).toBe(
      'The framework keeps it in a ViewModelStore that outlives the recreated Activity.',
    );
    expect(sut.questions[0].answer.fields.map((field) => field.label)).toEqual([
      'Description',
      'Example',
      'Pitfalls',
    ]);
  });

  it('should keep a fenced block inside a list item as field text when a field holds code', () => {
    expect(sut.questions[0].answer.fields[1]).toEqual({
      label: 'Example',
      text: [
        '```kotlin',
        'class CartViewModel : ViewModel() {',
        '    // Survives rotation; cleared in onCleared()',
        '    val items = MutableStateFlow(emptyList<Item>())',
        '}',
        '```',
      ].join('\n'),
    });
  });

  it('should read "Follow-Up" lists when follow-ups use that spelling', () => {
    expect(sut.questions.map((question) => question.followUps.length)).toEqual([
      2, 1, 1,
    ]);
  });

  it('should ignore "---" rules when they separate questions', () => {
    expect(sut.warnings).toEqual([]);
    expect(sut.questions[0].lines).toEqual({ start: 17, end: 34 });
  });
});
