import type { ParsedQuestion } from '@panelwise/guide-parser';

import { matchQuestions, normalizePrompt, type StoredQuestion } from './question-matching';

function parsed(number: number | null, prompt: string): ParsedQuestion {
  return {
    kind: 'Technical Questions',
    kindKey: 'technical',
    number,
    prompt,
    context: null,
    answer: { summary: null, fields: [], parts: [] },
    followUps: [],
    lines: { start: 1, end: 2 },
  };
}

function stored(id: string, number: number | null, prompt: string, isRetired = false): StoredQuestion {
  return { id, number, prompt, kindKey: 'technical', contentHash: id, revision: 1, isRetired };
}

describe(matchQuestions.name, () => {
  it('should match by number and prompt when both agree', () => {
    const { matches, unmatched } = matchQuestions([parsed(1, 'Why?')], [stored('a', 1, 'Why?')]);

    expect(matches[0]?.stored?.id).toBe('a');
    expect(unmatched).toEqual([]);
  });

  it('should follow a question that was renumbered', () => {
    const { matches } = matchQuestions(
      [parsed(1, 'New first question'), parsed(2, 'Old first question')],
      [stored('a', 1, 'Old first question')],
    );

    expect(matches.map((match) => match.stored?.id ?? null)).toEqual([null, 'a']);
  });

  it('should treat a reworded prompt as a new question and leave the old one unmatched', () => {
    const { matches, unmatched } = matchQuestions([parsed(1, 'Why now?')], [stored('a', 1, 'Why?')]);

    expect(matches[0]?.stored).toBeNull();
    expect(unmatched.map((question) => question.id)).toEqual(['a']);
  });

  it('should prefer an active question over a retired one with the same prompt', () => {
    const { matches } = matchQuestions([parsed(1, 'Why?')], [stored('old', 1, 'Why?', true), stored('live', 1, 'Why?')]);

    expect(matches[0]?.stored?.id).toBe('live');
  });

  it('should not report retired questions as newly unmatched', () => {
    const { unmatched } = matchQuestions([], [stored('old', 1, 'Why?', true)]);

    expect(unmatched).toEqual([]);
  });

  it('should ignore case, emphasis, spacing and end punctuation in prompts', () => {
    expect(normalizePrompt('  **Why**  does it   work? ')).toBe(normalizePrompt('why does it work'));
  });

  it('should match a question reworded in the app by the prompt it was last imported with', () => {
    const edited = { ...stored('a', 1, 'Reworded in the app?'), importedPrompt: 'Why?' };

    const { matches, unmatched } = matchQuestions([parsed(1, 'Why?')], [edited]);

    expect(matches[0]?.stored?.id).toBe('a');
    expect(unmatched).toEqual([]);
  });
});
