import type { SessionActivityKind } from '@web/generated/graphql';

export type ActivityEvent = {
  kind: SessionActivityKind;
  sessionQuestionId: string | null;
  actorId: string | null;
  actorName: string | null;
  at: string;
};

/**
 * One line of the room's live feed, e.g. "Ben Interviewer marked Q2 asked".
 * `questionLabel` names a plan question ("Q2"); the viewer is "You".
 */
export function activityMessage(
  event: ActivityEvent,
  viewerId: string,
  questionLabel: (sessionQuestionId: string) => string | null,
): string {
  const actor =
    event.actorId === viewerId ? 'You' : (event.actorName ?? 'Someone');
  const question =
    (event.sessionQuestionId && questionLabel(event.sessionQuestionId)) ??
    'a question';
  switch (event.kind) {
    case 'SESSION_STARTED':
      return `${actor} started the session`;
    case 'SESSION_COMPLETED':
      return `${actor} completed the session`;
    case 'PANELIST_JOINED':
      return `${actor} joined the room`;
    case 'PANELIST_LEFT':
      return `${actor} left the room`;
    case 'QUESTION_ASKED':
      return `${actor} marked ${question} asked`;
    case 'QUESTION_UNASKED':
      return `${actor} unmarked ${question}`;
    case 'QUESTION_SKIPPED':
      return `${actor} skipped ${question}`;
    case 'QUESTION_UNSKIPPED':
      return `${actor} brought back ${question}`;
    case 'QUESTION_ADDED':
      return `${actor} added ${question} from the bank`;
    case 'SCORECARD_SUBMITTED':
      return `${actor} submitted a scorecard`;
    case 'SCORECARDS_REVEALED':
      return 'The panel’s scorecards are revealed';
  }
}

/** Someone opened or closed the room: who is in it changed. */
export function changesPresence(kind: SessionActivityKind): boolean {
  return kind === 'PANELIST_JOINED' || kind === 'PANELIST_LEFT';
}

/** Events that change what the room shows of the plan or the session. */
export function changesPlan(kind: SessionActivityKind): boolean {
  return (
    !changesPresence(kind) &&
    kind !== 'SCORECARD_SUBMITTED' &&
    kind !== 'SCORECARDS_REVEALED'
  );
}
