import type { PanelRole } from '@web/generated/graphql';
import type { RoomSession } from '@web/modules/interview-room/hooks/useInterviewRoom';

export type RoomPermissions = {
  /** The viewer's role on the panel; null when they only follow the session. */
  seat: PanelRole | null;
  /** Start and complete the session (the panel, shadows excepted). */
  canRunSession: boolean;
  /** Mark, skip and add questions: while the session is open. */
  canRunQuestions: boolean;
  /** Panelists write notes until the session is cancelled or a no-show. */
  canWriteNotes: boolean;
};

/** What the viewer may do in the room, from their seat and the session's status. */
export function roomPermissions(
  session: Pick<RoomSession, 'panel' | 'status'>,
  userId: string,
): RoomPermissions {
  const seat =
    session.panel.find((panelist) => panelist.user.id === userId)?.role ?? null;
  const isOpen =
    session.status === 'SCHEDULED' || session.status === 'IN_PROGRESS';
  const canRunSession = seat !== null && seat !== 'SHADOW';

  return {
    seat,
    canRunSession,
    canRunQuestions: canRunSession && isOpen,
    canWriteNotes:
      seat !== null &&
      session.status !== 'CANCELLED' &&
      session.status !== 'NO_SHOW',
  };
}
