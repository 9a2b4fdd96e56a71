/** What one autosave of a note carries. */
export type NoteValue = {
  text: string;
  /** Indexes into the question's follow-up points, ascending. */
  followUpsAsked: number[];
  customFollowUps: string[];
};

export const EMPTY_NOTE: NoteValue = {
  text: '',
  followUpsAsked: [],
  customFollowUps: [],
};

/** The record name of a note in draft storage: its question, or "overall". */
export function noteRecord(sessionQuestionId: string | null): string {
  return `note:${sessionQuestionId ?? 'overall'}`;
}

/** The inverse of noteRecord; undefined when the record is not a note. */
export function questionIdOfRecord(record: string): string | null | undefined {
  if (!record.startsWith('note:')) {
    return undefined;
  }
  const id = record.slice('note:'.length);

  return id === 'overall' ? null : id;
}

export function toggleFollowUp(value: NoteValue, index: number): NoteValue {
  const asked = new Set(value.followUpsAsked);
  if (asked.has(index)) {
    asked.delete(index);
  } else {
    asked.add(index);
  }

  return { ...value, followUpsAsked: [...asked].sort((a, b) => a - b) };
}

/** Adds a follow-up written on the spot; blank or repeated ones are ignored. */
export function addCustomFollowUp(value: NoteValue, text: string): NoteValue {
  const trimmed = text.trim();
  if (!trimmed || value.customFollowUps.includes(trimmed)) {
    return value;
  }

  return { ...value, customFollowUps: [...value.customFollowUps, trimmed] };
}

export function removeCustomFollowUp(
  value: NoteValue,
  index: number,
): NoteValue {
  return {
    ...value,
    customFollowUps: value.customFollowUps.filter((_, at) => at !== index),
  };
}
