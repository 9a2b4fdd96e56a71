import type { AutosaveDeps, SaveOutcome, SaveRequest } from './autosaveQueue';
import { localDraftStorage } from './draftStorage';

/**
 * What an autosave queue needs in the browser: fresh edit ids, real timers,
 * and the record's draft kept in local storage under `key`.
 */
export function browserAutosaveDeps<V>(
  key: string,
  send: (request: SaveRequest<V>) => Promise<SaveOutcome<V>>,
  options: { debounceMs?: number } = {},
): AutosaveDeps<V> {
  return {
    send,
    createEditId: () => crypto.randomUUID(),
    schedule: (run, delayMs) => {
      const timer = setTimeout(run, delayMs);

      return () => clearTimeout(timer);
    },
    storage: localDraftStorage<V>(key),
    debounceMs: options.debounceMs,
  };
}
