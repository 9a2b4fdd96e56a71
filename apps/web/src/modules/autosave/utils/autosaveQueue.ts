/**
 * The autosave protocol of one record (a note, a scorecard draft), free of
 * React, Apollo and real timers so it can be tested step by step:
 *
 * - edits coalesce: only the newest value is sent, after a debounce;
 * - one save in flight at a time; edits made meanwhile go in the next save;
 * - every save names the version it was edited from (`expectedVersion`);
 * - an edit id is created for the first save after an acknowledgement and
 *   reused by every retry until the server acknowledges one, so a save whose
 *   answer was lost is not taken for a conflict;
 * - network failures retry with backoff; a conflict stops and waits for the
 *   user's choice; unsaved values are kept in storage until acknowledged.
 */

export type SaveRequest<V> = {
  value: V;
  expectedVersion: number;
  editId: string;
};

export type SaveProblem = { field: string; message: string };

export type SaveOutcome<V> =
  | { type: 'saved'; version: number; savedAt: string; recordId?: string }
  | { type: 'conflict'; currentVersion: number; currentValue: V | null }
  /** The request never got an answer (offline, server unreachable): retry. */
  | { type: 'offline' }
  /** The server refused the content: retrying the same value will not help. */
  | { type: 'failed'; message: string; problems: SaveProblem[] };

export type AutosaveStatus =
  'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'conflict' | 'failed';

export type AutosaveConflict<V> = {
  currentVersion: number;
  /** The stored value, when the server (or a re-read) told it. */
  currentValue: V | null;
};

export type AutosaveSnapshot<V> = {
  /** What the editor shows: the newest local value. */
  value: V;
  status: AutosaveStatus;
  /** The last version the server acknowledged (0: nothing stored yet). */
  version: number;
  /** When the last acknowledged save was stored (ISO). */
  savedAt: string | null;
  /** The stored record's id, once the server has one. */
  recordId: string | null;
  conflict: AutosaveConflict<V> | null;
  error: string | null;
  problems: SaveProblem[];
  /** Local changes the server has not acknowledged yet. */
  hasUnsavedChanges: boolean;
  /** Failed attempts in a row while offline. */
  retryAttempt: number;
};

/** What is kept in storage until the server acknowledges it. */
export type StoredDraft<V> = {
  value: V;
  baseVersion: number;
  editId: string | null;
};

export type DraftStorage<V> = {
  write: (draft: StoredDraft<V>) => void;
  clear: () => void;
};

export type Schedule = (run: () => void, delayMs: number) => () => void;

export type AutosaveDeps<V> = {
  send: (request: SaveRequest<V>) => Promise<SaveOutcome<V>>;
  createEditId: () => string;
  schedule: Schedule;
  storage?: DraftStorage<V>;
  debounceMs?: number;
  backoffMs?: (attempt: number) => number;
};

export const DEFAULT_DEBOUNCE_MS = 600;

/** 1 s, 2 s, 4 s, 8 s, then every 15 s. */
export function defaultBackoffMs(attempt: number): number {
  return Math.min(15_000, 1_000 * 2 ** Math.max(0, attempt - 1));
}

type Settled<V> = (snapshot: AutosaveSnapshot<V>) => void;

export class AutosaveQueue<V> {
  private value: V;
  private version: number;
  private savedAt: string | null;
  private recordId: string | null;
  private editId: string | null = null;
  private needsSend = false;
  private inFlight: SaveRequest<V> | null = null;
  private status: AutosaveStatus;
  private conflict: AutosaveConflict<V> | null = null;
  private error: string | null = null;
  private problems: SaveProblem[] = [];
  private retryAttempt = 0;
  private cancelDebounce: (() => void) | null = null;
  private cancelRetry: (() => void) | null = null;
  private isDisposed = false;
  private snapshot: AutosaveSnapshot<V>;
  private readonly listeners = new Set<() => void>();
  private settledWaiters: Settled<V>[] = [];

  constructor(
    initial: {
      value: V;
      version: number;
      savedAt?: string | null;
      recordId?: string | null;
    },
    private readonly deps: AutosaveDeps<V>,
  ) {
    this.value = initial.value;
    this.version = initial.version;
    this.savedAt = initial.savedAt ?? null;
    this.recordId = initial.recordId ?? null;
    this.status = initial.version > 0 ? 'saved' : 'idle';
    this.snapshot = this.buildSnapshot();
  }

  /**
   * Picks up a draft kept from an earlier page (a reload, a crash): the
   * value comes back unsaved, with its base version and edit id; `flush()`
   * resends it.
   */
  static restore<V>(
    draft: StoredDraft<V>,
    server: { savedAt?: string | null; recordId?: string | null },
    deps: AutosaveDeps<V>,
  ): AutosaveQueue<V> {
    const queue = new AutosaveQueue<V>(
      {
        value: draft.value,
        version: draft.baseVersion,
        savedAt: server.savedAt,
        recordId: server.recordId,
      },
      deps,
    );
    queue.editId = draft.editId;
    queue.needsSend = true;
    queue.status = 'pending';
    queue.emit();

    return queue;
  }

  getSnapshot = (): AutosaveSnapshot<V> => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);

    return () => {
      this.listeners.delete(listener);
    };
  };

  /** A local change: shown at once, stored locally, sent after the debounce. */
  edit(update: V | ((previous: V) => V)): void {
    this.value =
      typeof update === 'function'
        ? (update as (previous: V) => V)(this.value)
        : update;
    this.needsSend = true;
    this.error = null;
    if (this.status !== 'conflict') {
      this.problems = [];
    }
    this.persist();
    if (this.status === 'conflict') {
      // Mine keeps changing, but nothing goes out until the user chooses.
      this.emit();

      return;
    }
    if (this.status === 'offline') {
      // The retry timer sends the newest value.
      this.emit();

      return;
    }
    if (!this.inFlight) {
      this.status = 'pending';
    }
    this.emit();
    this.debounce();
  }

  /** Sends the newest value now, unless a save is in flight or a conflict waits. */
  flush(): void {
    if (this.isDisposed) {
      return;
    }
    this.clearDebounce();
    if (this.inFlight || this.status === 'conflict' || !this.needsSend) {
      return;
    }
    this.clearRetry();
    // Retries of an unacknowledged save keep its edit id.
    this.editId ??= this.deps.createEditId();
    const request: SaveRequest<V> = {
      value: this.value,
      expectedVersion: this.version,
      editId: this.editId,
    };
    this.inFlight = request;
    this.needsSend = false;
    this.status = 'saving';
    this.persist();
    this.emit();
    this.deps.send(request).then(
      (outcome) => this.settle(request, outcome),
      () => this.settle(request, { type: 'offline' }),
    );
  }

  /** The connection came back: retry at once instead of waiting for the backoff. */
  retryNow(): void {
    if (this.status === 'offline' || this.status === 'failed') {
      this.needsSend = true;
      this.flush();
    }
  }

  /** Keep mine: save it over the stored version the conflict reported. */
  keepMine(): void {
    if (!this.conflict) {
      return;
    }
    this.version = this.conflict.currentVersion;
    this.conflict = null;
    this.needsSend = true;
    this.status = 'pending';
    this.emit();
    this.flush();
  }

  /** Take the stored version: mine is dropped, the editor shows theirs. */
  takeTheirs(stored?: { value: V; version: number }): void {
    if (!this.conflict) {
      return;
    }
    const value = stored?.value ?? this.conflict.currentValue;
    if (value === null) {
      return;
    }
    this.value = value;
    this.version = stored?.version ?? this.conflict.currentVersion;
    this.conflict = null;
    this.needsSend = false;
    this.editId = null;
    this.status = this.version > 0 ? 'saved' : 'idle';
    this.deps.storage?.clear();
    this.emit();
  }

  /**
   * The server's copy as a query returned it: adopted only when nothing
   * local is pending and it is newer (another tab or device saved it).
   */
  syncFromServer(server: {
    value: V;
    version: number;
    savedAt: string | null;
    recordId?: string | null;
  }): void {
    if (
      this.inFlight ||
      this.needsSend ||
      this.conflict ||
      server.version <= this.version
    ) {
      return;
    }
    this.value = server.value;
    this.version = server.version;
    this.savedAt = server.savedAt;
    this.recordId = server.recordId ?? this.recordId;
    this.status = 'saved';
    this.editId = null;
    this.emit();
  }

  /**
   * Saves what is pending now and resolves once nothing is left to send
   * (or a conflict or refusal needs the user): before submitting, say.
   */
  settled(): Promise<AutosaveSnapshot<V>> {
    const promise = new Promise<AutosaveSnapshot<V>>((resolve) => {
      this.settledWaiters.push(resolve);
    });
    this.flush();
    this.resolveSettled();

    return promise;
  }

  dispose(): void {
    this.isDisposed = true;
    this.clearDebounce();
    this.clearRetry();
    this.listeners.clear();
  }

  private settle(request: SaveRequest<V>, outcome: SaveOutcome<V>): void {
    this.inFlight = null;
    switch (outcome.type) {
      case 'saved':
        this.version = outcome.version;
        this.savedAt = outcome.savedAt;
        this.recordId = outcome.recordId ?? this.recordId;
        // Acknowledged: the next edit is a new one.
        this.editId = null;
        this.retryAttempt = 0;
        this.problems = [];
        this.error = null;
        if (this.needsSend) {
          this.status = 'pending';
          this.persist();
          this.emit();
          this.debounce();
        } else {
          this.status = 'saved';
          this.deps.storage?.clear();
          this.emit();
        }
        break;
      case 'offline':
        this.needsSend = true;
        this.retryAttempt += 1;
        this.status = 'offline';
        this.persist();
        this.emit();
        this.scheduleRetry();
        break;
      case 'conflict':
        this.needsSend = true;
        this.status = 'conflict';
        this.conflict = {
          currentVersion: outcome.currentVersion,
          currentValue: outcome.currentValue,
        };
        this.emit();
        break;
      case 'failed':
        this.needsSend = true;
        this.status = 'failed';
        this.error = outcome.message;
        this.problems = outcome.problems;
        this.persist();
        this.emit();
        // Resending the refused value would fail again: wait for an edit or
        // a retry, unless the user already changed it meanwhile.
        if (this.value !== request.value) {
          this.debounce();
        }
        break;
    }
    this.resolveSettled();
  }

  private debounce(): void {
    this.clearDebounce();
    if (this.isDisposed) {
      return;
    }
    this.cancelDebounce = this.deps.schedule(() => {
      this.cancelDebounce = null;
      this.flush();
    }, this.deps.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  private scheduleRetry(): void {
    this.clearRetry();
    if (this.isDisposed) {
      return;
    }
    const delay = (this.deps.backoffMs ?? defaultBackoffMs)(this.retryAttempt);
    this.cancelRetry = this.deps.schedule(() => {
      this.cancelRetry = null;
      this.flush();
    }, delay);
  }

  private clearDebounce(): void {
    this.cancelDebounce?.();
    this.cancelDebounce = null;
  }

  private clearRetry(): void {
    this.cancelRetry?.();
    this.cancelRetry = null;
  }

  private persist(): void {
    if (this.needsSend || this.inFlight) {
      this.deps.storage?.write({
        value: this.value,
        baseVersion: this.version,
        editId: this.editId,
      });
    }
  }

  private resolveSettled(): void {
    const isSettled =
      !this.inFlight &&
      (!this.needsSend ||
        this.status === 'conflict' ||
        this.status === 'failed' ||
        this.status === 'offline');
    if (!isSettled || this.settledWaiters.length === 0) {
      return;
    }
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const resolve of waiters) {
      resolve(this.snapshot);
    }
  }

  private emit(): void {
    this.snapshot = this.buildSnapshot();
    for (const listener of this.listeners) {
      listener();
    }
  }

  private buildSnapshot(): AutosaveSnapshot<V> {
    return {
      value: this.value,
      status: this.status,
      version: this.version,
      savedAt: this.savedAt,
      recordId: this.recordId,
      conflict: this.conflict,
      error: this.error,
      problems: this.problems,
      hasUnsavedChanges: this.needsSend || this.inFlight !== null,
      retryAttempt: this.retryAttempt,
    };
  }
}
