import type { ParsedAnswer } from '@panelwise/guide-parser';

import { DomainError } from '@api/core/domain-error';

import type { AnswerFieldInput } from '@api/modules/guide/dto/question-editing.input';
import {
  answerFromInput,
  followUpResponsesFor,
  isSameContent,
  type QuestionContent,
} from './question-content';

const field = (input: Partial<AnswerFieldInput>): AnswerFieldInput => ({
  label: '',
  ordered: false,
  keepCurrent: false,
  ...input,
});

const current: ParsedAnswer = {
  summary: null,
  fields: [{ label: 'Process', children: [{ label: 'Step', text: 'One' }] }],
  parts: [
    {
      title: 'Batch Normalization',
      fields: [{ label: 'Description', text: 'Per batch.' }],
    },
  ],
};

describe(answerFromInput.name, () => {
  it('should keep named parts and fields marked keepCurrent when the form edits the rest', () => {
    const sut = answerFromInput(
      {
        summary: '  ',
        fields: [
          field({ label: 'Process', keepCurrent: true }),
          field({ label: 'Pitfalls', items: ['A', ' ', 'B'], ordered: true }),
        ],
      },
      current,
    );

    expect(sut).toEqual({
      summary: null,
      fields: [
        current.fields[0],
        { label: 'Pitfalls', items: ['A', 'B'], ordered: true },
      ],
      parts: current.parts,
    });
  });

  it('should refuse a field with nothing in it, naming the field', () => {
    expect(() =>
      answerFromInput(
        { fields: [field({ label: 'Outcome', text: ' ' })] },
        null,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        details: { field: 'answer.fields.0.text' },
      }) as DomainError,
    );
  });

  it('should refuse to keep a field the current answer does not have', () => {
    expect(() =>
      answerFromInput(
        { fields: [field({ label: 'Missing', keepCurrent: true })] },
        current,
      ),
    ).toThrow(DomainError);
  });
});

describe(followUpResponsesFor.name, () => {
  it('should keep responses of unchanged points only', () => {
    expect(
      followUpResponsesFor(['B', 'New'], {
        followUps: ['A', 'B'],
        followUpResponses: ['ra', 'rb'],
      }),
    ).toEqual(['rb', null]);
    expect(
      followUpResponsesFor(['New'], {
        followUps: ['A'],
        followUpResponses: ['ra'],
      }),
    ).toBeUndefined();
  });
});

describe(isSameContent.name, () => {
  it('should ignore key order and absent keys', () => {
    const a: QuestionContent = {
      kind: null,
      kindKey: 'general',
      number: 1,
      prompt: 'Why?',
      context: null,
      answer: current,
      followUps: [],
    };
    const reordered = JSON.parse(
      JSON.stringify({
        followUps: [],
        answer: current,
        context: null,
        prompt: 'Why?',
        number: 1,
        kindKey: 'general',
        kind: null,
      }),
    );

    expect(
      isSameContent(a, { ...reordered, followUpResponses: undefined }),
    ).toBe(true);
    expect(isSameContent(a, { ...a, prompt: 'Why not?' })).toBe(false);
  });
});
