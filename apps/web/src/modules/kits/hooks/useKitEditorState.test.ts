import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useCreateKit } from '@web/modules/kits/hooks/useCreateKit';
import { useFetchLatestKit } from '@web/modules/kits/hooks/useFetchLatestKit';
import { useKitRubricOptions } from '@web/modules/kits/hooks/useKitRubricOptions';
import { useUpdateKit } from '@web/modules/kits/hooks/useUpdateKit';
import {
  kitFixture,
  QUESTION_A,
  QUESTION_B,
  QUESTION_C,
} from '@web/modules/kits/testing/kitFixtures';
import { ApiError } from '@web/modules/shared/utils/apiError';

import { useKitEditorState } from './useKitEditorState';

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
vi.mock('@web/modules/shared/utils/notify', () => ({ notify: vi.fn() }));

const createKit = vi.fn();
const updateKit = vi.fn();
const fetchLatestKit = vi.fn();

describe(useKitEditorState.name, () => {
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
          defaultForKindName: 'Technical',
        },
        {
          id: 'rubric-2',
          name: 'Panel rubric',
          defaultForKind: null,
          defaultForKindName: null,
        },
      ],
      isLoading: false,
      error: null,
    });
  });

  it('should label a default rubric with the kind it is the default for', () => {
    const { result } = renderHook(() => useKitEditorState(undefined));

    expect(result.current.rubricOptions).toEqual([
      {
        value: 'rubric-1',
        label: 'Technical interview (default for technical questions)',
      },
      { value: 'rubric-2', label: 'Panel rubric' },
    ]);
  });

  it('should reorder, announce the move and count as unsaved when a question moves', () => {
    const { result } = renderHook(() => useKitEditorState(kitFixture()));
    expect(result.current.isDirty).toBe(false);

    act(() => result.current.moveQuestion(1, 0));

    expect(result.current.draft.items.map((item) => item.question.id)).toEqual([
      QUESTION_B.id,
      QUESTION_A.id,
    ]);
    expect(result.current.moveStatus).toBe(
      `Moved “${QUESTION_B.prompt}” to position 1 of 2.`,
    );
    expect(result.current.isDirty).toBe(true);

    act(() => result.current.moveQuestion(0, 1));

    expect(result.current.isDirty).toBe(false);
  });

  it('should add and remove questions, keeping the total and the selected ids', () => {
    const { result } = renderHook(() => useKitEditorState(kitFixture()));

    act(() => result.current.addToKit(QUESTION_C));

    expect(result.current.moveStatus).toBe(
      `Added “${QUESTION_C.prompt}” as question 3.`,
    );
    expect([...result.current.selectedIds]).toEqual(['q1', 'q2', 'q3']);

    act(() => result.current.removeFromKit(QUESTION_A.id));

    expect(result.current.moveStatus).toBe(`Removed “${QUESTION_A.prompt}”.`);
    expect([...result.current.selectedIds]).toEqual(['q2', 'q3']);
  });

  it('should flag out-of-range minutes at once and an empty input only once flagged', () => {
    const { result } = renderHook(() => useKitEditorState(kitFixture()));

    act(() => result.current.changeMinutes(QUESTION_A.id, null));
    expect(result.current.errors.items).toEqual({});

    act(() => result.current.changeMinutes(QUESTION_A.id, 500));
    expect(result.current.errors.items).toEqual({
      q1: 'Between 1 and 240 minutes',
    });

    act(() => result.current.changeMinutes(QUESTION_A.id, null));
    expect(result.current.errors.items).toEqual({ q1: 'Enter the minutes' });

    act(() => result.current.changeMinutes(QUESTION_A.id, 20));
    expect(result.current.errors.items).toEqual({});
    expect(result.current.total).toBe(35);
  });

  it('should mark the missing details and not call the server when an empty kit is submitted', async () => {
    const { result } = renderHook(() => useKitEditorState(undefined));

    await act(() => result.current.submit());

    expect(result.current.errors.name).toBe('Enter a name for the kit');
    expect(result.current.errors.targetRole).toBe(
      'Enter the role this kit interviews for',
    );
    expect(result.current.formError).toBeTruthy();
    expect(createKit).not.toHaveBeenCalled();
  });

  it('should send the trimmed details and ordered items with the base version when saving', async () => {
    updateKit.mockResolvedValue(kitFixture({ name: 'Renamed', version: 3 }));
    const { result } = renderHook(() => useKitEditorState(kitFixture()));

    act(() => result.current.update({ name: '  Renamed  ' }));
    act(() => result.current.moveQuestion(1, 0));
    await act(() => result.current.submit());

    expect(updateKit).toHaveBeenCalledWith({
      id: 'kit-1',
      expectedVersion: 2,
      name: 'Renamed',
      targetRole: 'Data scientist',
      rubricId: 'rubric-1',
      instructions: 'Keep to time.',
      items: [
        { questionId: 'q2', plannedMinutes: 15 },
        { questionId: 'q1', plannedMinutes: 10 },
      ],
    });
    expect(result.current.baseVersion).toBe(3);
    expect(result.current.formError).toBeNull();
  });

  it('should hand the created kit on when creating one', async () => {
    const created = kitFixture({ id: 'kit-new', version: 1 });
    createKit.mockResolvedValue(created);
    const onCreated = vi.fn();
    const { result } = renderHook(() =>
      useKitEditorState(undefined, onCreated),
    );

    act(() =>
      result.current.update({
        name: 'Loop',
        targetRole: 'Analyst',
        rubricId: 'rubric-1',
      }),
    );
    act(() => result.current.addToKit(QUESTION_A));
    await act(() => result.current.submit());

    expect(createKit).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Loop', rubricId: 'rubric-1' }),
    );
    expect(onCreated).toHaveBeenCalledWith(created);
    expect(result.current.baseVersion).toBe(1);
  });

  it('should put a server error under the question it names', async () => {
    updateKit.mockRejectedValue(
      new ApiError(
        'BAD_USER_INPUT',
        'Too long for a session',
        'items.1.plannedMinutes',
      ),
    );
    const { result } = renderHook(() => useKitEditorState(kitFixture()));

    await act(() => result.current.submit());

    expect(result.current.errors.items).toEqual({
      q2: 'Too long for a session',
    });
    expect(result.current.formError).toBeNull();
  });

  it('should compare with their version and save over it when a save is stale', async () => {
    updateKit.mockRejectedValueOnce(
      new ApiError('CONFLICT', 'Saved by someone else', 'expectedVersion'),
    );
    fetchLatestKit.mockResolvedValue(
      kitFixture({ version: 5, name: 'Their loop' }),
    );
    const { result } = renderHook(() => useKitEditorState(kitFixture()));

    await act(() => result.current.submit());

    expect(result.current.comparison?.theirs.name).toBe('Their loop');
    expect(result.current.comparison?.mine.rubricName).toBe(
      'Technical interview',
    );

    updateKit.mockResolvedValue(kitFixture({ version: 6 }));
    await act(() => result.current.saveMine());

    expect(updateKit).toHaveBeenLastCalledWith(
      expect.objectContaining({ expectedVersion: 5 }),
    );
    expect(result.current.comparison).toBeNull();
    expect(result.current.baseVersion).toBe(6);
  });
});
