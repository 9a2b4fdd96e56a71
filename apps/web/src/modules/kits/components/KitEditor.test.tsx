import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useGuideOptions } from '@web/modules/guides/hooks/useGuideOptions';
import { useGuideTitle } from '@web/modules/guides/hooks/useGuideTitle';
import { useCreateKit } from '@web/modules/kits/hooks/useCreateKit';
import { useFetchLatestKit } from '@web/modules/kits/hooks/useFetchLatestKit';
import { useKitQuestionSearch } from '@web/modules/kits/hooks/useKitQuestionSearch';
import { useKitRubricOptions } from '@web/modules/kits/hooks/useKitRubricOptions';
import { useUpdateKit } from '@web/modules/kits/hooks/useUpdateKit';
import {
  kitFixture,
  QUESTION_A,
  QUESTION_B,
  QUESTION_C,
} from '@web/modules/kits/testing/kitFixtures';
import { ApiError } from '@web/modules/shared/utils/apiError';
import { renderWithProviders } from '@web/testing/renderWithProviders';

import { KitEditor } from './KitEditor';

vi.mock('@web/modules/kits/hooks/useCreateKit', () => ({
  useCreateKit: vi.fn(),
}));
vi.mock('@web/modules/kits/hooks/useUpdateKit', () => ({
  useUpdateKit: vi.fn(),
}));
vi.mock('@web/modules/kits/hooks/useFetchLatestKit', () => ({
  useFetchLatestKit: vi.fn(),
}));
vi.mock('@web/modules/kits/hooks/useKitRubricOptions', () => ({
  useKitRubricOptions: vi.fn(),
}));
vi.mock('@web/modules/kits/hooks/useKitQuestionSearch', () => ({
  useKitQuestionSearch: vi.fn(),
}));
vi.mock('@web/modules/guides/hooks/useGuideOptions', () => ({
  GUIDE_OPTIONS_LIMIT: 50,
  useGuideOptions: vi.fn(),
}));
vi.mock('@web/modules/guides/hooks/useGuideTitle', () => ({
  useGuideTitle: vi.fn(),
}));

const createKit = vi.fn();
const updateKit = vi.fn();
const fetchLatestKit = vi.fn();

function itemPrompts(): string[] {
  return within(
    screen.getByRole('list', { name: 'Questions in interview order' }),
  )
    .getAllByTestId('kit-item')
    .map((item) => item.textContent ?? '');
}

describe(KitEditor.name, () => {
  beforeEach(() => {
    createKit.mockReset();
    updateKit.mockReset();
    fetchLatestKit.mockReset();
    vi.mocked(useCreateKit).mockReturnValue({ createKit, isCreating: false });
    vi.mocked(useUpdateKit).mockReturnValue({ updateKit, isUpdating: false });
    vi.mocked(useFetchLatestKit).mockReturnValue(fetchLatestKit);
    vi.mocked(useKitRubricOptions).mockReturnValue({
      rubrics: [
        {
          id: 'rubric-1',
          name: 'Technical interview',
          defaultForKind: 'technical',
        },
        {
          id: 'rubric-2',
          name: 'Behavioral interview',
          defaultForKind: 'behavioral',
        },
      ],
      isLoading: false,
      error: null,
    });
    vi.mocked(useKitQuestionSearch).mockReturnValue({
      questions: [QUESTION_A, QUESTION_B, QUESTION_C],
      totalCount: 3,
      isTotalCountCapped: false,
      isLoading: false,
      error: null,
    });
    vi.mocked(useGuideOptions).mockReturnValue({
      options: [{ value: 'guide-dl', label: 'Deep Learning Engineer' }],
      isLoading: false,
      error: null,
    });
    vi.mocked(useGuideTitle).mockImplementation((id) =>
      id === 'guide-dl' ? 'Deep Learning Engineer' : null,
    );
  });

  it('should search within one guide once a guide is picked', async () => {
    const user = userEvent.setup();
    renderWithProviders(<KitEditor />);
    expect(vi.mocked(useKitQuestionSearch)).toHaveBeenLastCalledWith(
      '',
      null,
      expect.any(Number),
    );

    await user.click(screen.getByRole('combobox', { name: 'Guide' }));
    await user.click(
      await screen.findByRole('option', { name: 'Deep Learning Engineer' }),
    );

    expect(vi.mocked(useKitQuestionSearch)).toHaveBeenLastCalledWith(
      '',
      'guide-dl',
      expect.any(Number),
    );
    expect(screen.getByText('3 questions in this guide')).toBeTruthy();
  });

  it('should update the total live when questions are added and minutes change', async () => {
    const user = userEvent.setup();
    renderWithProviders(<KitEditor />);
    const total = screen.getByTestId('kit-total');
    expect(total.textContent).toBe('0 questions · total 0 min');

    await user.click(
      screen.getByRole('button', { name: `Add ${QUESTION_A.prompt}` }),
    );
    await user.click(
      screen.getByRole('button', { name: `Add ${QUESTION_C.prompt}` }),
    );
    expect(total.textContent).toBe('2 questions · total 20 min');
    expect(
      screen.getByRole('button', { name: `Added: ${QUESTION_A.prompt}` }),
    ).toHaveProperty('disabled', true);

    const minutes = screen.getByRole('textbox', {
      name: 'Minutes for question 2',
    });
    await user.clear(minutes);
    await user.type(minutes, '45');
    expect(total.textContent).toBe('2 questions · total 55 min');

    await user.clear(minutes);
    await user.type(minutes, '300');
    expect(screen.getByText('Between 1 and 240 minutes')).toBeTruthy();
    expect(total.textContent).toBe('2 questions · total 10 min');
  });

  it('should reorder with the move buttons and save the new order', async () => {
    updateKit.mockResolvedValue(kitFixture({ version: 3 }));
    const user = userEvent.setup();
    renderWithProviders(<KitEditor kit={kitFixture()} />);
    expect(itemPrompts()[0]).toContain(QUESTION_A.prompt);

    await user.click(
      screen.getByRole('button', { name: 'Move question 2 up' }),
    );
    expect(itemPrompts()[0]).toContain(QUESTION_B.prompt);
    expect(itemPrompts()[1]).toContain(QUESTION_A.prompt);
    // The first row cannot move further up.
    await user.click(
      screen.getByRole('button', { name: 'Move question 1 up' }),
    );
    expect(itemPrompts()[0]).toContain(QUESTION_B.prompt);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(updateKit).toHaveBeenCalledWith({
      id: 'kit-1',
      expectedVersion: 2,
      name: 'Data scientist loop',
      targetRole: 'Data scientist',
      rubricId: 'rubric-1',
      instructions: 'Keep to time.',
      items: [
        { questionId: 'q2', plannedMinutes: 15 },
        { questionId: 'q1', plannedMinutes: 10 },
      ],
    });
  });

  it('should show the missing details next to their fields when saving an empty kit', async () => {
    const user = userEvent.setup();
    renderWithProviders(<KitEditor />);

    await user.click(screen.getByRole('button', { name: 'Create kit' }));

    expect(screen.getByText('Enter a name for the kit')).toBeTruthy();
    expect(
      screen.getByText('Choose the rubric interviewers score with'),
    ).toBeTruthy();
    expect(createKit).not.toHaveBeenCalled();
  });

  it('should show a server error under the question it names', async () => {
    updateKit.mockRejectedValue(
      new ApiError(
        'BAD_USER_INPUT',
        'This question was retired from its guide',
        'items.1.questionId',
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<KitEditor kit={kitFixture()} />);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const rows = screen.getAllByTestId('kit-item');
    expect(
      await within(rows[1]).findByText(
        'This question was retired from its guide',
      ),
    ).toBeTruthy();
  });

  it('should compare with their version and resubmit over it when saving a stale edit', async () => {
    const theirs = kitFixture({
      version: 5,
      targetRole: 'Senior data scientist',
    });
    updateKit
      .mockRejectedValueOnce(
        new ApiError(
          'CONFLICT',
          'This kit was saved by someone else',
          'expectedVersion',
        ),
      )
      .mockResolvedValueOnce(kitFixture({ version: 6, name: 'My loop' }));
    fetchLatestKit.mockResolvedValue(theirs);
    const user = userEvent.setup();
    renderWithProviders(<KitEditor kit={kitFixture()} />);

    const name = screen.getByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'My loop');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByTestId('kit-conflict-dialog');
    expect(fetchLatestKit).toHaveBeenCalledWith('kit-1');
    expect(dialog.textContent).toContain('Senior data scientist');
    expect(dialog.textContent).toContain('My loop');
    await user.click(
      within(dialog).getByRole('button', { name: 'Save mine over theirs' }),
    );

    expect(updateKit).toHaveBeenLastCalledWith(
      expect.objectContaining({
        expectedVersion: 5,
        name: 'My loop',
        targetRole: 'Data scientist',
      }),
    );
    expect(screen.queryByTestId('kit-conflict-dialog')).toBeNull();
  });

  it('should load their version into the editor when the user keeps theirs', async () => {
    updateKit.mockRejectedValue(
      new ApiError('CONFLICT', 'Saved by someone else', 'expectedVersion'),
    );
    fetchLatestKit.mockResolvedValue(
      kitFixture({ version: 5, name: 'Their loop', items: [] }),
    );
    const user = userEvent.setup();
    renderWithProviders(<KitEditor kit={kitFixture()} />);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await user.click(
      await screen.findByRole('button', { name: 'Keep theirs (discard mine)' }),
    );

    expect(
      screen.getByRole<HTMLInputElement>('textbox', { name: /^Name/ }).value,
    ).toBe('Their loop');
    expect(screen.getByTestId('kit-questions-empty')).toBeTruthy();
    expect(screen.getByText('Version 5')).toBeTruthy();
    expect(updateKit).toHaveBeenCalledTimes(1);
  });
});
