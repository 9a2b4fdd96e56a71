import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import {
  type EditableQuestionDetail,
  useSaveQuestion,
} from '@web/modules/questions/hooks/useSaveQuestion';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { QuestionForm } from './QuestionForm';

vi.mock('@web/modules/questions/hooks/useSaveQuestion', () => ({
  useSaveQuestion: vi.fn(),
}));

const createQuestion = vi.fn();
const updateQuestion = vi.fn();
const fetchLatest = vi.fn();

function questionFixture(
  overrides: Partial<EditableQuestionDetail> = {},
): EditableQuestionDetail {
  return {
    __typename: 'Question',
    id: 'question-1',
    prompt: 'Explain batch normalization.',
    kind: 'Technical Questions',
    kindKey: 'technical',
    kindName: 'Technical',
    number: 1,
    retired: false,
    context: null,
    revision: 2,
    revisionId: 'revision-2',
    revisionOrigin: 'IMPORT',
    sourceLines: { start: 10, end: 20 },
    guide: { id: 'guide-1', title: 'Deep learning', sourceFileName: 'dl.md' },
    answer: {
      summary: null,
      fields: [
        {
          label: 'Description',
          text: 'Normalises per batch.',
          items: null,
          ordered: null,
          children: null,
        },
        {
          label: 'Pitfalls',
          text: null,
          items: ['Small batches'],
          ordered: null,
          children: null,
        },
        {
          label: 'Process',
          text: null,
          items: null,
          ordered: null,
          children: [
            {
              label: 'Step',
              text: 'One',
              items: null,
              ordered: null,
              children: null,
            },
          ],
        },
      ],
      parts: [{ title: 'Layer Normalization', fields: [] }],
    },
    followUps: [{ text: 'Why before ReLU?', response: null }],
    revisions: [],
    ...overrides,
  } as EditableQuestionDetail;
}

function renderForm(question?: EditableQuestionDetail) {
  const onSaved = vi.fn();
  renderWithProviders(
    <QuestionForm
      question={question}
      guideId="guide-1"
      kindOptions={['Technical', 'Behavioral']}
      onSaved={onSaved}
      onCancel={vi.fn()}
    />,
  );

  return { onSaved, user: userEvent.setup() };
}

describe(QuestionForm.name, () => {
  beforeEach(() => {
    createQuestion.mockReset();
    updateQuestion.mockReset();
    fetchLatest.mockReset();
    vi.mocked(useSaveQuestion).mockReturnValue({
      createQuestion,
      updateQuestion,
      fetchLatest,
      isSaving: false,
    });
  });

  it('should save an edit from the revision it started from, keeping nested fields', async () => {
    const question = questionFixture();
    updateQuestion.mockResolvedValue(questionFixture({ revision: 3 }));
    const { onSaved, user } = renderForm(question);

    const prompt = screen.getByRole('textbox', { name: /^Question/ });
    await user.clear(prompt);
    await user.type(prompt, 'Contrast batch and layer normalization.');
    await user.click(
      screen.getByRole('button', { name: 'Save as new revision' }),
    );

    expect(updateQuestion).toHaveBeenCalledWith({
      questionId: 'question-1',
      expectedRevision: 2,
      kind: 'Technical Questions',
      prompt: 'Contrast batch and layer normalization.',
      context: '',
      answer: {
        summary: null,
        fields: [
          { label: 'Description', text: 'Normalises per batch.' },
          { label: 'Pitfalls', items: ['Small batches'], ordered: false },
          { label: 'Process', keepCurrent: true },
        ],
      },
      followUps: ['Why before ReLU?'],
    });
    expect(onSaved).toHaveBeenCalledWith(
      expect.objectContaining({ revision: 3 }),
      true,
    );
    expect(
      screen.getByText(/Layer Normalization\) are kept as they are/),
    ).toBeTruthy();
    expect(
      screen.getByText(
        /Re-importing a changed guide file replaces edits made here/,
      ),
    ).toBeTruthy();
  });

  it('should refuse a blank question and a blank field before calling the API', async () => {
    const { user } = renderForm();

    await user.type(
      screen.getByRole('combobox', { name: /^Kind/ }),
      'Technical',
    );
    await user.click(screen.getByRole('button', { name: 'Add question' }));

    expect(createQuestion).not.toHaveBeenCalled();
    expect(screen.getByText('Write the question.')).toBeTruthy();
    expect(screen.getByText('Write this field, or remove it.')).toBeTruthy();
  });

  it('should show an API field error next to the answer field it names', async () => {
    createQuestion.mockRejectedValue(
      new ApiError(
        'BAD_USER_INPUT',
        'Too long for a field',
        'answer.fields.0.text',
      ),
    );
    const { user } = renderForm();

    await user.type(
      screen.getByRole('combobox', { name: /^Kind/ }),
      'Behavioral',
    );
    await user.type(
      screen.getByRole('textbox', { name: /^Question/ }),
      'Tell me about a conflict.',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Field 1 text' }),
      'Situation first.',
    );
    await user.click(screen.getByRole('button', { name: 'Add question' }));

    expect(createQuestion).toHaveBeenCalledWith(
      expect.objectContaining({
        guideId: 'guide-1',
        kind: 'Behavioral',
        prompt: 'Tell me about a conflict.',
      }),
    );
    expect(screen.getByText('Too long for a field')).toBeTruthy();
  });

  it('should reload the latest revision on a conflict and say so', async () => {
    updateQuestion.mockRejectedValue(
      new ApiError('CONFLICT', 'changed', 'expectedRevision'),
    );
    fetchLatest.mockResolvedValue(
      questionFixture({ revision: 3, prompt: 'Someone else’s wording.' }),
    );
    const { onSaved, user } = renderForm(questionFixture());

    await user.type(
      screen.getByRole('textbox', { name: /^Question/ }),
      ' Mine.',
    );
    await user.click(
      screen.getByRole('button', { name: 'Save as new revision' }),
    );

    expect(fetchLatest).toHaveBeenCalledWith('question-1');
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain(
      'Someone saved revision 3',
    );
    expect(
      screen.getByRole<HTMLTextAreaElement>('textbox', { name: /^Question/ })
        .value,
    ).toBe('Someone else’s wording.');
  });
});
