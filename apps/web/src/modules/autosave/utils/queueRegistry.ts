import type { AutosaveQueue } from './autosaveQueue';

/**
 * Autosave queues outlive the components that edit them: leaving the room
 * for the scorecard (or switching questions) must not drop a save in flight
 * or a retry. They live as long as the page.
 */
const queues = new Map<string, AutosaveQueue<unknown>>();
let isListening = false;

function listenForReconnect(): void {
  if (isListening || typeof window === 'undefined') {
    return;
  }
  isListening = true;
  // Back online: retry now rather than at the end of the backoff.
  window.addEventListener('online', () => {
    for (const queue of queues.values()) {
      queue.retryNow();
    }
  });
}

export function registeredQueue<V>(
  key: string,
  create: () => AutosaveQueue<V>,
): AutosaveQueue<V> {
  listenForReconnect();
  const existing = queues.get(key);
  if (existing) {
    return existing as AutosaveQueue<V>;
  }
  const queue = create();
  queues.set(key, queue as AutosaveQueue<unknown>);

  return queue;
}
