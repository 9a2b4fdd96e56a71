import { formatClockTime } from '@web/modules/shared/utils/formatDate';

import type { AutosaveStatus } from './autosaveQueue';

export function saveStateLabel(
  status: AutosaveStatus,
  savedAt: string | null,
  error: string | null,
  timeZone: string,
): string {
  switch (status) {
    case 'idle':
      return 'Saves as you type';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return savedAt ? `Saved ${formatClockTime(savedAt, timeZone)}` : 'Saved';
    case 'offline':
      return 'Offline – will retry';
    case 'conflict':
      return 'Conflict';
    case 'failed':
      return error ? `Not saved: ${error}` : 'Not saved';
  }
}
