import { parseInline } from './markdown-tree';
import { splitNumberedPrompt } from './question-prompt';

describe(splitNumberedPrompt.name, () => {
  it.each([
    ['Question 1: Explain ARC.', 1, 'Explain ARC.'],
    ['**Question 12:** Explain ARC.', 12, 'Explain ARC.'],
    ['**Question 3: Explain ARC?**', 3, 'Explain ARC?'],
    ['Question 4', 4, ''],
    ['Q5: Why `volatile`?', 5, 'Why `volatile`?'],
    ['Q6. Why?', 6, 'Why?'],
    ['7. How would you design it?', 7, 'How would you design it?'],
    ['**8. How would you design it?**', 8, 'How would you design it?'],
    ['**9.** How would you design it?', 9, 'How would you design it?'],
    ['Question: Unnumbered?', null, 'Unnumbered?'],
    ['How do you decide?', null, 'How do you decide?'],
    [
      'Q3 revenue fell by 10%. What do you do?',
      null,
      'Q3 revenue fell by 10%. What do you do?',
    ],
    [
      '1.5 million users arrive at once. What breaks?',
      null,
      '1.5 million users arrive at once. What breaks?',
    ],
  ])(
    'should split "%s" into number %p and its prompt',
    (source, number, prompt) => {
      expect(splitNumberedPrompt(parseInline(source))).toMatchObject({
        number,
        prompt,
      });
    },
  );

  it('should use the list item number when the text has none', () => {
    expect(
      splitNumberedPrompt(parseInline('**How do you plan?**'), 2),
    ).toMatchObject({ number: 2, prompt: 'How do you plan?' });
  });
});
