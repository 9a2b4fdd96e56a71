import type { AutosaveStatus } from './autosaveQueue';

/** The time of day of a save, as the viewer's clock shows it: "12:03". */
export function formatSavedTime(iso: string): string {
  return new Intl.DateTimeFormat(undefined, {
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function saveStateLabel(
  status: AutosaveStatus,
  savedAt: string | null,
  error: string | null,
): string {
  switch (status) {
    case 'idle':
      return 'Saves as you type';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return savedAt ? `Saved ${formatSavedTime(savedAt)}` : 'Saved';
    case 'offline':
      return 'Offline – will retry';
    case 'conflict':
      return 'Conflict';
    case 'failed':
      return error ? `Not saved: ${error}` : 'Not saved';
  }
}
