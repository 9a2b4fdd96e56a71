import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@web/modules/shared/utils/apiError';

import { FIX_MARKED_FIELDS, useDraftEditor } from './useDraftEditor';

type Draft = { name: string; size: number };
type Errors = { name?: string; form?: string };
type Saved = { id: string; version: number; name: string };

function renderEditor() {
  const fetchLatest = vi.fn((id: string) =>
    Promise.resolve<Saved>({ id, version: 9, name: 'Theirs' }),
  );
  const rendered = renderHook(() =>
    useDraftEditor<Draft, Errors, Saved>({
      initialDraft: () => ({ name: '', size: 1 }),
      noErrors: {},
      validate: (draft) => (draft.name.trim() ? {} : { name: 'Enter a name' }),
      hasErrors: (errors) => Boolean(errors.name ?? errors.form),
      fieldErrorsOf: (error) =>
        error.field === 'name' ? { name: error.message } : null,
      id: 'r1',
      fetchLatest,
      noun: 'record',
    }),
  );

  return { ...rendered, fetchLatest };
}

describe(useDraftEditor.name, () => {
  it('should mark the fields and not save when the draft is invalid', async () => {
    const { result } = renderEditor();
    const save = vi.fn(() => Promise.resolve());

    await act(() => result.current.submit(save));

    expect(result.current.errors).toEqual({ name: 'Enter a name' });
    expect(result.current.formError).toBe(FIX_MARKED_FIELDS);
    expect(save).not.toHaveBeenCalled();
  });

  it('should save the draft as it was submitted when it is valid', async () => {
    const { result } = renderEditor();
    const save = vi.fn(() => Promise.resolve());

    act(() => result.current.update({ name: 'Mine' }));
    await act(() => result.current.submit(save));

    expect(save).toHaveBeenCalledWith({ name: 'Mine', size: 1 });
    expect(result.current.formError).toBeNull();
  });

  it('should place a refused save on its field, or on the form when it names none', async () => {
    const { result } = renderEditor();
    act(() => result.current.update({ name: 'Mine' }));

    await act(() =>
      result.current.submit(() =>
        Promise.reject(new ApiError('BAD_USER_INPUT', 'Taken', 'name')),
      ),
    );
    expect(result.current.errors).toEqual({ name: 'Taken' });
    expect(result.current.formError).toBeNull();

    await act(() =>
      result.current.submit(() =>
        Promise.reject(new ApiError('FORBIDDEN', 'Not yours')),
      ),
    );
    expect(result.current.formError).toBe('Not yours');
  });

  it('should open their version after a stale save and save mine over it', async () => {
    const { result, fetchLatest } = renderEditor();
    act(() => result.current.update({ name: 'Mine' }));

    await act(() =>
      result.current.submit(() =>
        Promise.reject(
          new ApiError('CONFLICT', 'Saved by someone else', 'expectedVersion'),
        ),
      ),
    );
    expect(fetchLatest).toHaveBeenCalledWith('r1');
    expect(result.current.conflict.theirs?.version).toBe(9);

    const saveOver = vi.fn(() => Promise.resolve());
    await act(() => result.current.saveOverTheirs(saveOver));

    expect(saveOver).toHaveBeenCalledWith(
      { id: 'r1', version: 9, name: 'Theirs' },
      { name: 'Mine', size: 1 },
    );
    expect(result.current.conflict.theirs).toBeNull();
  });

  it('should show the new draft and clear every error on reset', async () => {
    const { result } = renderEditor();
    await act(() => result.current.submit(() => Promise.resolve()));

    act(() => result.current.reset({ name: 'Saved', size: 2 }));

    expect(result.current.draft).toEqual({ name: 'Saved', size: 2 });
    expect(result.current.errors).toEqual({});
    expect(result.current.formError).toBeNull();
  });
});
