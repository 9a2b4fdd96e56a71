import { useSyncExternalStore } from 'react';

import type {
  AutosaveQueue,
  AutosaveSnapshot,
} from '@web/modules/autosave/utils/autosaveQueue';

export type UseAutosaveResult<V> = AutosaveSnapshot<V> & {
  edit: (update: V | ((previous: V) => V)) => void;
  /** Saves now (leaving the field, before submitting). */
  flush: () => void;
  retry: () => void;
  keepMine: () => void;
  takeTheirs: (stored?: { value: V; version: number }) => void;
};

/** The live state of one autosaved record, and what an editor does with it. */
export function useAutosave<V>(queue: AutosaveQueue<V>): UseAutosaveResult<V> {
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot);

  return {
    ...snapshot,
    edit: (update) => queue.edit(update),
    flush: () => queue.flush(),
    retry: () => queue.retryNow(),
    keepMine: () => queue.keepMine(),
    takeTheirs: (stored) => queue.takeTheirs(stored),
  };
}
