import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { browserAutosaveDeps } from './browserAutosaveDeps';
import { readDraft } from './draftStorage';

describe(browserAutosaveDeps.name, () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.localStorage.clear();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const send = () => Promise.resolve({ type: 'offline' } as const);

  it('should run a scheduled callback after its delay unless cancelled', () => {
    const deps = browserAutosaveDeps<string>('k', send);
    const ran = vi.fn();
    const cancelled = vi.fn();

    deps.schedule(ran, 500);
    const cancel = deps.schedule(cancelled, 500);
    cancel();
    vi.advanceTimersByTime(499);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);

    expect(ran).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('should keep drafts in local storage under the given key', () => {
    const deps = browserAutosaveDeps<string>('panelwise:test', send);

    deps.storage?.write({ value: 'mine', baseVersion: 3, editId: 'e1' });
    expect(readDraft('panelwise:test')).toEqual({
      value: 'mine',
      baseVersion: 3,
      editId: 'e1',
    });
    deps.storage?.clear();

    expect(readDraft('panelwise:test')).toBeNull();
  });

  it('should create a new edit id each time and keep the debounce when given', () => {
    const deps = browserAutosaveDeps<string>('k', send, { debounceMs: 800 });

    expect(deps.createEditId()).not.toBe(deps.createEditId());
    expect(deps.debounceMs).toBe(800);
    expect(browserAutosaveDeps<string>('k', send).debounceMs).toBeUndefined();
  });
});
