import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { useCreateRubric } from '@web/modules/rubrics/hooks/useCreateRubric';
import { useFetchLatestRubric } from '@web/modules/rubrics/hooks/useFetchLatestRubric';
import { useRubricKindOptions } from '@web/modules/rubrics/hooks/useRubricKindOptions';
import { type Rubric, useRubrics } from '@web/modules/rubrics/hooks/useRubrics';
import { useUpdateRubric } from '@web/modules/rubrics/hooks/useUpdateRubric';
import { ApiError } from '@web/modules/shared/utils/apiError';

import { useRubricEditorState } from './useRubricEditorState';

vi.mock('@web/modules/rubrics/hooks/useCreateRubric', () => ({
  useCreateRubric: vi.fn(),
}));
vi.mock('@web/modules/rubrics/hooks/useUpdateRubric', () => ({
  useUpdateRubric: vi.fn(),
}));
vi.mock('@web/modules/rubrics/hooks/useFetchLatestRubric', () => ({
  useFetchLatestRubric: vi.fn(),
}));
vi.mock('@web/modules/rubrics/hooks/useRubricKindOptions', () => ({
  useRubricKindOptions: vi.fn(),
}));
vi.mock('@web/modules/rubrics/hooks/useRubrics', () => ({
  useRubrics: vi.fn(),
}));
vi.mock('@web/modules/shared/utils/notify', () => ({ notify: vi.fn() }));

const createRubric = vi.fn();
const updateRubric = vi.fn();
const fetchLatestRubric = vi.fn();

function rubricFixture(overrides: Partial<Rubric> = {}): Rubric {
  return {
    id: 'rubric-1',
    name: 'Technical interview',
    description: 'For technical questions.',
    defaultForKind: null,
    defaultForKindName: null,
    version: 3,
    versionId: 'rv-3',
    updatedAt: '2026-03-01T10:00:00.000Z',
    scale: [
      { level: 1, label: 'No' },
      { level: 2, label: 'Yes' },
    ],
    competencies: [
      {
        id: 'c1',
        name: 'Depth',
        description: '',
        anchors: [
          { level: 1, text: 'Shallow' },
          { level: 2, text: 'Deep' },
        ],
      },
    ],
    ...overrides,
  };
}

describe(useRubricEditorState.name, () => {
  beforeEach(() => {
    createRubric.mockReset();
    updateRubric.mockReset();
    fetchLatestRubric.mockReset();
    vi.mocked(useCreateRubric).mockReturnValue({
      createRubric,
      isCreating: false,
    });
    vi.mocked(useUpdateRubric).mockReturnValue({
      updateRubric,
      isUpdating: false,
    });
    vi.mocked(useFetchLatestRubric).mockReturnValue(fetchLatestRubric);
    vi.mocked(useRubricKindOptions).mockReturnValue({ kinds: [] });
    vi.mocked(useRubrics).mockReturnValue({
      rubrics: [
        rubricFixture({
          id: 'rubric-2',
          name: 'Behavioral',
          defaultForKind: 'behavioral',
        }),
      ],
      isLoading: false,
      error: null,
      retry: vi.fn(),
    });
  });

  it('should name another rubric that is already the default for the chosen kind', () => {
    const { result } = renderHook(() => useRubricEditorState(rubricFixture()));
    expect(result.current.otherDefault).toBeUndefined();

    act(() => result.current.update({ defaultForKind: 'behavioral' }));

    expect(result.current.otherDefault?.name).toBe('Behavioral');
    expect(result.current.labelOfKind('behavioral')).toBe('Behavioral');
    expect(result.current.isDirty).toBe(true);
  });

  it('should ask for a name and a competency without calling the server when an empty rubric is submitted', async () => {
    const { result } = renderHook(() => useRubricEditorState(undefined));

    await act(() => result.current.submit());

    expect(result.current.errors.name).toBe('Enter a name for the rubric');
    expect(result.current.formError).toBeTruthy();
    expect(createRubric).not.toHaveBeenCalled();
  });

  it('should save a new version against the version it started from, keeping known competency ids', async () => {
    updateRubric.mockResolvedValue(rubricFixture({ version: 4 }));
    const { result } = renderHook(() => useRubricEditorState(rubricFixture()));

    act(() => result.current.update({ name: ' Tech ' }));
    await act(() => result.current.submit());

    expect(updateRubric).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'rubric-1',
        expectedVersion: 3,
        name: 'Tech',
        competencies: [expect.objectContaining({ id: 'c1', name: 'Depth' })],
      }),
    );
    expect(result.current.version).toBe(4);
    expect(result.current.isDirty).toBe(false);
  });

  it('should put a server error on the competency name it names', async () => {
    updateRubric.mockRejectedValue(
      new ApiError('BAD_USER_INPUT', 'Too long', 'competencies.0.name'),
    );
    const { result } = renderHook(() => useRubricEditorState(rubricFixture()));

    await act(() => result.current.submit());

    expect(Object.values(result.current.errors.competencyNames)).toEqual([
      'Too long',
    ]);
    expect(result.current.formError).toBeNull();
  });

  it('should load their version and discard mine when reloading theirs after a stale save', async () => {
    updateRubric.mockRejectedValue(
      new ApiError('CONFLICT', 'Saved by someone else', 'expectedVersion'),
    );
    fetchLatestRubric.mockResolvedValue(
      rubricFixture({ version: 7, name: 'Their name' }),
    );
    const { result } = renderHook(() => useRubricEditorState(rubricFixture()));

    act(() => result.current.update({ name: 'Mine' }));
    await act(() => result.current.submit());
    expect(result.current.theirs?.version).toBe(7);

    act(() => result.current.reloadTheirs());

    expect(result.current.theirs).toBeNull();
    expect(result.current.draft.name).toBe('Their name');
    expect(result.current.version).toBe(7);
  });
});
