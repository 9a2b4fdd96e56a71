import type { DataSource } from 'typeorm';

import type { SessionNoteModel } from './dto/interview.model';

export const NOTE_COLUMNS = `id, session_id, session_question_id, text, follow_ups_asked, custom_follow_ups, version, last_edit_id, updated_at`;

export type NoteRow = {
  id: string;
  session_id: string;
  session_question_id: string | null;
  text: string;
  follow_ups_asked: number[];
  custom_follow_ups: string[];
  version: number;
  last_edit_id: string | null;
  updated_at: Date;
};

export const toNoteModel = (row: NoteRow): SessionNoteModel => ({
  id: row.id,
  sessionId: row.session_id,
  sessionQuestionId: row.session_question_id,
  text: row.text,
  followUpsAsked: row.follow_ups_asked,
  customFollowUps: row.custom_follow_ups,
  version: row.version,
  lastEditId: row.last_edit_id,
  updatedAt: row.updated_at,
});


/** One interviewer's own notes on the given sessions; nobody reads another interviewer's notes. */
export async function loadOwnNotes(db: DataSource, userId: string, sessionIds: readonly string[]): Promise<SessionNoteModel[]> {
  const rows: NoteRow[] = await db.query(
    `SELECT ${NOTE_COLUMNS} FROM session_note WHERE interviewer_id = $1 AND session_id = ANY($2::uuid[])`,
    [userId, [...sessionIds]],
  );

  return rows.map(toNoteModel);
}
