import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@web/modules/shared/utils/apiError';

import {
  type UseVersionConflictArgs,
  useVersionConflict,
} from './useVersionConflict';

type Saved = { id: string; version: number };

const STALE = new ApiError(
  'CONFLICT',
  'Saved by someone else',
  'expectedVersion',
);

function renderConflict(args: Partial<UseVersionConflictArgs<Saved>> = {}) {
  const onLoadError = vi.fn();
  const fetchLatest = vi.fn((id: string) =>
    Promise.resolve({ id, version: 5 }),
  );
  const rendered = renderHook(() =>
    useVersionConflict<Saved>({
      id: 'r1',
      fetchLatest,
      noun: 'record',
      onLoadError,
      ...args,
    }),
  );

  return { ...rendered, fetchLatest, onLoadError };
}

describe(useVersionConflict.name, () => {
  it('should load their version when a save conflicts on expectedVersion', async () => {
    const { result, fetchLatest } = renderConflict();
    const onOtherError = vi.fn();

    await act(() => result.current.handleSaveError(STALE, onOtherError));

    expect(fetchLatest).toHaveBeenCalledWith('r1');
    expect(result.current.theirs).toEqual({ id: 'r1', version: 5 });
    expect(onOtherError).not.toHaveBeenCalled();
  });

  it('should hand other errors on, and conflicts too while creating', async () => {
    const { result, fetchLatest } = renderConflict({ id: undefined });
    const onOtherError = vi.fn();
    const invalid = new ApiError('BAD_USER_INPUT', 'Too long', 'name');

    await act(() => result.current.handleSaveError(invalid, onOtherError));
    await act(() => result.current.handleSaveError(STALE, onOtherError));

    expect(onOtherError.mock.calls).toEqual([[invalid], [STALE]]);
    expect(fetchLatest).not.toHaveBeenCalled();
    expect(result.current.theirs).toBeNull();
  });

  it('should use the given conflict test', async () => {
    const { result } = renderConflict({
      isConflict: (error) => error.code === 'CONFLICT',
    });

    await act(() =>
      result.current.handleSaveError(
        new ApiError('CONFLICT', 'Stale'),
        vi.fn(),
      ),
    );

    expect(result.current.theirs).toEqual({ id: 'r1', version: 5 });
  });

  it('should say so when their version cannot be loaded', async () => {
    const { result, onLoadError } = renderConflict({
      fetchLatest: () => Promise.reject(new ApiError('NOT_FOUND', 'Gone')),
    });

    await act(() => result.current.handleSaveError(STALE, vi.fn()));

    expect(onLoadError).toHaveBeenCalledWith(
      'Someone else saved this record, and loading their version failed: Gone',
    );
    expect(result.current.theirs).toBeNull();
  });

  it('should save mine over theirs and close', async () => {
    const { result } = renderConflict();
    await act(() => result.current.handleSaveError(STALE, vi.fn()));
    const saveOver = vi.fn(() => Promise.resolve());

    await act(() => result.current.saveMine(saveOver, vi.fn()));

    expect(saveOver).toHaveBeenCalledWith({ id: 'r1', version: 5 });
    expect(result.current.theirs).toBeNull();
    expect(result.current.isResolving).toBe(false);
  });

  it('should compare with the newer version when saving mine conflicts again', async () => {
    const { result, fetchLatest } = renderConflict();
    await act(() => result.current.handleSaveError(STALE, vi.fn()));
    fetchLatest.mockResolvedValueOnce({ id: 'r1', version: 6 });
    const onOtherError = vi.fn();

    await act(() =>
      result.current.saveMine(() => Promise.reject(STALE), onOtherError),
    );

    expect(result.current.theirs).toEqual({ id: 'r1', version: 6 });
    expect(onOtherError).not.toHaveBeenCalled();
  });

  it('should close and hand on any other error while saving mine', async () => {
    const { result } = renderConflict();
    await act(() => result.current.handleSaveError(STALE, vi.fn()));
    const invalid = new ApiError('BAD_USER_INPUT', 'Too long', 'name');
    const onOtherError = vi.fn();

    await act(() =>
      result.current.saveMine(() => Promise.reject(invalid), onOtherError),
    );

    expect(onOtherError).toHaveBeenCalledWith(invalid);
    expect(result.current.theirs).toBeNull();
  });

  it('should hand their version over when keeping theirs', async () => {
    const { result } = renderConflict();
    await act(() => result.current.handleSaveError(STALE, vi.fn()));
    const load = vi.fn();

    act(() => result.current.keepTheirs(load));

    expect(load).toHaveBeenCalledWith({ id: 'r1', version: 5 });
    expect(result.current.theirs).toBeNull();
  });
});
