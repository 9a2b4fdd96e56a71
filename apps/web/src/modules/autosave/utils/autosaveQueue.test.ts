import { describe, expect, it } from 'vitest';

import {
  AutosaveQueue,
  type AutosaveDeps,
  defaultBackoffMs,
  type SaveOutcome,
  type SaveRequest,
  type StoredDraft,
} from './autosaveQueue';

type Task = { run: () => void; delayMs: number; isCancelled: boolean };

/** A hand-driven clock: timers run only when the test says so. */
function manualScheduler() {
  const tasks: Task[] = [];

  return {
    schedule: (run: () => void, delayMs: number) => {
      const task: Task = { run, delayMs, isCancelled: false };
      tasks.push(task);

      return () => {
        task.isCancelled = true;
      };
    },
    pending: () => tasks.filter((task) => !task.isCancelled),
    runPending: () => {
      const due = tasks.filter((task) => !task.isCancelled);
      tasks.length = 0;
      for (const task of due) {
        task.run();
      }
    },
  };
}

type Call = {
  request: SaveRequest<string>;
  resolve: (outcome: SaveOutcome<string>) => void;
  reject: (error: unknown) => void;
};

function setup(
  initial: { value: string; version: number } = { value: '', version: 0 },
) {
  const scheduler = manualScheduler();
  const calls: Call[] = [];
  const stored: { draft: StoredDraft<string> | null } = { draft: null };
  let nextId = 0;
  const deps: AutosaveDeps<string> = {
    send: (request) =>
      new Promise<SaveOutcome<string>>((resolve, reject) => {
        calls.push({ request, resolve, reject });
      }),
    createEditId: () => `edit-${++nextId}`,
    schedule: scheduler.schedule,
    storage: {
      write: (draft) => {
        stored.draft = draft;
      },
      clear: () => {
        stored.draft = null;
      },
    },
    debounceMs: 600,
  };
  const sut = new AutosaveQueue(initial, deps);

  return { sut, deps, scheduler, calls, stored };
}

/** Lets the queue see a resolved send. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const saved = (version: number): SaveOutcome<string> => ({
  type: 'saved',
  version,
  savedAt: '2026-12-01T12:03:00.000Z',
});

describe(AutosaveQueue.name, () => {
  it('should send nothing before the debounce when the user types', () => {
    const { sut, calls, scheduler } = setup();

    sut.edit('H');
    sut.edit('He');

    expect(calls).toHaveLength(0);
    expect(sut.getSnapshot()).toMatchObject({
      value: 'He',
      status: 'pending',
      hasUnsavedChanges: true,
    });
    expect(scheduler.pending()).toHaveLength(1);
    expect(scheduler.pending()[0]?.delayMs).toBe(600);
  });

  it('should coalesce edits into one save of the newest value when the debounce ends', () => {
    const { sut, calls, scheduler } = setup();

    sut.edit('a');
    sut.edit('ab');
    sut.edit('abc');
    scheduler.runPending();

    expect(calls.map((call) => call.request)).toEqual([
      { value: 'abc', expectedVersion: 0, editId: 'edit-1' },
    ]);
    expect(sut.getSnapshot().status).toBe('saving');
  });

  it('should keep one save in flight and send later edits after it, in order', async () => {
    const { sut, calls, scheduler } = setup();
    sut.edit('first');
    scheduler.runPending();

    sut.edit('first second');
    scheduler.runPending();
    expect(calls).toHaveLength(1);

    calls[0]?.resolve(saved(1));
    await settle();
    expect(sut.getSnapshot().status).toBe('pending');
    scheduler.runPending();

    expect(calls.map((call) => call.request)).toEqual([
      { value: 'first', expectedVersion: 0, editId: 'edit-1' },
      { value: 'first second', expectedVersion: 1, editId: 'edit-2' },
    ]);
  });

  it('should use a new edit id after each acknowledged save', async () => {
    const { sut, calls, scheduler } = setup({ value: 'x', version: 3 });

    sut.edit('x1');
    scheduler.runPending();
    calls[0]?.resolve(saved(4));
    await settle();
    sut.edit('x2');
    scheduler.runPending();

    expect(calls[0]?.request).toEqual({
      value: 'x1',
      expectedVersion: 3,
      editId: 'edit-1',
    });
    expect(calls[1]?.request).toEqual({
      value: 'x2',
      expectedVersion: 4,
      editId: 'edit-2',
    });
  });

  it('should reuse the edit id, with the newest text, when retrying a save that got no answer', async () => {
    const { sut, calls, scheduler } = setup({ value: '', version: 2 });
    sut.edit('draft');
    scheduler.runPending();

    calls[0]?.resolve({ type: 'offline' });
    await settle();
    expect(sut.getSnapshot()).toMatchObject({
      status: 'offline',
      retryAttempt: 1,
    });
    sut.edit('draft, more');
    expect(calls).toHaveLength(1);
    scheduler.runPending();

    expect(calls[1]?.request).toEqual({
      value: 'draft, more',
      expectedVersion: 2,
      editId: 'edit-1',
    });
  });

  it('should treat a rejected send as offline and back off between retries', async () => {
    const { sut, calls, scheduler } = setup();
    sut.edit('a');
    scheduler.runPending();

    calls[0]?.reject(new TypeError('Failed to fetch'));
    await settle();
    expect(scheduler.pending()[0]?.delayMs).toBe(defaultBackoffMs(1));
    scheduler.runPending();
    calls[1]?.resolve({ type: 'offline' });
    await settle();

    expect(sut.getSnapshot().status).toBe('offline');
    expect(scheduler.pending()[0]?.delayMs).toBe(defaultBackoffMs(2));
    expect(defaultBackoffMs(2)).toBeGreaterThan(defaultBackoffMs(1));
    expect(defaultBackoffMs(20)).toBe(15_000);
  });

  it('should stop retrying once a retry is acknowledged', async () => {
    const { sut, calls, scheduler, stored } = setup();
    sut.edit('a');
    scheduler.runPending();
    calls[0]?.resolve({ type: 'offline' });
    await settle();

    sut.retryNow();
    calls[1]?.resolve(saved(1));
    await settle();

    expect(calls).toHaveLength(2);
    expect(scheduler.pending()).toHaveLength(0);
    expect(sut.getSnapshot()).toMatchObject({
      status: 'saved',
      version: 1,
      retryAttempt: 0,
      hasUnsavedChanges: false,
    });
    expect(stored.draft).toBeNull();
  });

  it('should keep the unsaved value in storage until the server acknowledges it', async () => {
    const { sut, calls, scheduler, stored } = setup({ value: '', version: 5 });

    sut.edit('typed');
    expect(stored.draft).toEqual({
      value: 'typed',
      baseVersion: 5,
      editId: null,
    });
    scheduler.runPending();
    expect(stored.draft).toEqual({
      value: 'typed',
      baseVersion: 5,
      editId: 'edit-1',
    });
    calls[0]?.resolve(saved(6));
    await settle();

    expect(stored.draft).toBeNull();
  });

  it('should resend a restored draft with its edit id and base version when flushed', () => {
    const { deps, calls } = setup();

    const sut = AutosaveQueue.restore(
      { value: 'from before the reload', baseVersion: 4, editId: 'edit-old' },
      { savedAt: null },
      deps,
    );
    sut.flush();

    expect(calls[0]?.request).toEqual({
      value: 'from before the reload',
      expectedVersion: 4,
      editId: 'edit-old',
    });
    expect(sut.getSnapshot().status).toBe('saving');
  });

  it('should stop and show both versions when the save conflicts', async () => {
    const { sut, calls, scheduler } = setup({ value: 'v', version: 1 });
    sut.edit('mine');
    scheduler.runPending();

    calls[0]?.resolve({
      type: 'conflict',
      currentVersion: 3,
      currentValue: 'theirs',
    });
    await settle();
    sut.edit('mine, still typing');
    scheduler.runPending();

    expect(calls).toHaveLength(1);
    expect(sut.getSnapshot()).toMatchObject({
      status: 'conflict',
      value: 'mine, still typing',
      conflict: { currentVersion: 3, currentValue: 'theirs' },
      hasUnsavedChanges: true,
    });
  });

  it('should resave mine from the stored version when the user keeps mine', async () => {
    const { sut, calls, scheduler } = setup({ value: 'v', version: 1 });
    sut.edit('mine');
    scheduler.runPending();
    calls[0]?.resolve({
      type: 'conflict',
      currentVersion: 3,
      currentValue: 'theirs',
    });
    await settle();

    sut.keepMine();
    calls[1]?.resolve(saved(4));
    await settle();

    expect(calls[1]?.request).toMatchObject({
      value: 'mine',
      expectedVersion: 3,
    });
    expect(sut.getSnapshot()).toMatchObject({
      status: 'saved',
      version: 4,
      conflict: null,
    });
  });

  it('should drop mine and show the stored text when the user takes theirs', async () => {
    const { sut, calls, scheduler, stored } = setup({ value: 'v', version: 1 });
    sut.edit('mine');
    scheduler.runPending();
    calls[0]?.resolve({
      type: 'conflict',
      currentVersion: 3,
      currentValue: 'theirs',
    });
    await settle();

    sut.takeTheirs();
    sut.edit('theirs, continued');
    scheduler.runPending();

    expect(stored.draft?.baseVersion).toBe(3);
    expect(calls[1]?.request).toEqual({
      value: 'theirs, continued',
      expectedVersion: 3,
      editId: 'edit-2',
    });
  });

  it('should wait for the user after a refusal, and send again on the next edit', async () => {
    const { sut, calls, scheduler } = setup();
    sut.edit('too long');
    scheduler.runPending();

    calls[0]?.resolve({
      type: 'failed',
      message: 'Too long',
      problems: [{ field: 'text', message: 'Too long' }],
    });
    await settle();
    expect(scheduler.pending()).toHaveLength(0);
    expect(sut.getSnapshot()).toMatchObject({
      status: 'failed',
      error: 'Too long',
    });
    sut.edit('short');
    scheduler.runPending();

    expect(calls[1]?.request.value).toBe('short');
  });

  it('should adopt a newer server copy only when nothing local is pending', () => {
    const { sut, scheduler } = setup({ value: 'old', version: 1 });

    sut.syncFromServer({ value: 'other tab', version: 2, savedAt: null });
    expect(sut.getSnapshot()).toMatchObject({ value: 'other tab', version: 2 });

    sut.edit('local');
    sut.syncFromServer({ value: 'newer', version: 3, savedAt: null });
    expect(sut.getSnapshot().value).toBe('local');
    expect(scheduler.pending()).toHaveLength(1);
  });

  it('should resolve settled() once the pending value is acknowledged', async () => {
    const { sut, calls } = setup();
    sut.edit('last words');

    const settled = sut.settled();
    expect(calls).toHaveLength(1);
    calls[0]?.resolve(saved(1));

    await expect(settled).resolves.toMatchObject({
      status: 'saved',
      version: 1,
    });
  });
});
