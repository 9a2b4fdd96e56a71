import type { DraftStorage, StoredDraft } from './autosaveQueue';

const PREFIX = 'panelwise:draft:v1';

/** Drafts are per user: two people sharing a browser never see each other's. */
export function draftKey(
  userId: string,
  sessionId: string,
  record: string,
): string {
  return `${PREFIX}:${userId}:${sessionId}:${record}`;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage can be switched off (privacy settings): autosave still works.
    return null;
  }
}

export function readDraft<V>(key: string): StoredDraft<V> | null {
  const raw = storage()?.getItem(key);
  if (!raw) {
    return null;
  }
  try {
    const parsed = JSON.parse(raw) as Partial<StoredDraft<V>>;
    if (parsed.value === undefined || typeof parsed.baseVersion !== 'number') {
      return null;
    }

    return {
      value: parsed.value,
      baseVersion: parsed.baseVersion,
      editId: typeof parsed.editId === 'string' ? parsed.editId : null,
    };
  } catch {
    return null;
  }
}

/** The record names (after the session) of every draft kept for this user and session. */
export function listDraftRecords(userId: string, sessionId: string): string[] {
  const store = storage();
  if (!store) {
    return [];
  }
  const prefix = draftKey(userId, sessionId, '');
  const records: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(prefix)) {
      records.push(key.slice(prefix.length));
    }
  }

  return records;
}

export function localDraftStorage<V>(key: string): DraftStorage<V> {
  return {
    write: (draft) => {
      try {
        storage()?.setItem(key, JSON.stringify(draft));
      } catch {
        // Quota or privacy mode: the server copy still saves.
      }
    },
    clear: () => {
      storage()?.removeItem(key);
    },
  };
}
