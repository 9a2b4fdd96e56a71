import type { SessionNoteFieldsFragment } from '@web/generated/graphql';

export type NoteQuestion = {
  id: string;
  position: number;
  question: { prompt: string; followUps: readonly { text: string }[] };
};

/** One of the viewer's notes from the room, as the scorecard page shows it. */
export type RoomNoteView = {
  id: string;
  /** "Q2", or null for the overall note. */
  label: string | null;
  prompt: string | null;
  text: string;
  followUpsAsked: string[];
  /** What "Add to evidence" pulls in, e.g. "Q2: Explained idempotency keys". */
  snippet: string;
};

/**
 * The viewer's notes in plan order, the overall note last; notes with
 * nothing written and no follow-up asked are left out.
 */
export function roomNoteViews(
  notes: readonly SessionNoteFieldsFragment[],
  questions: readonly NoteQuestion[],
): RoomNoteView[] {
  const plan = [...questions].sort((a, b) => a.position - b.position);
  const views: (RoomNoteView & { order: number })[] = [];
  for (const note of notes) {
    const index = note.sessionQuestionId
      ? plan.findIndex((item) => item.id === note.sessionQuestionId)
      : -1;
    const item = index >= 0 ? plan[index] : undefined;
    if (note.sessionQuestionId && !item) {
      continue;
    }
    const followUpsAsked = item
      ? [
          ...note.followUpsAsked
            .map((at) => item.question.followUps[at]?.text)
            .filter((text): text is string => Boolean(text)),
          ...note.customFollowUps,
        ]
      : [];
    const text = note.text.trim();
    if (!text && followUpsAsked.length === 0) {
      continue;
    }
    const label = item ? `Q${index + 1}` : null;
    views.push({
      id: note.id,
      label,
      prompt: item?.question.prompt ?? null,
      text,
      followUpsAsked,
      snippet: text && label ? `${label}: ${text}` : text,
      order: item ? index : Number.MAX_SAFE_INTEGER,
    });
  }

  return views
    .sort((a, b) => a.order - b.order)
    .map((view) => ({
      id: view.id,
      label: view.label,
      prompt: view.prompt,
      text: view.text,
      followUpsAsked: view.followUpsAsked,
      snippet: view.snippet,
    }));
}
