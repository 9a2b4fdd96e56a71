import type { DataSource } from 'typeorm';

import type { SessionModel } from './dto/session.model';
import { loadSessions } from './session.loader';

export type SessionViewer = { teamId: string; userId: string; isCoordinator: boolean };

/** These candidates' sessions, by start: the team's for a coordinator, an interviewer's own panels otherwise. */
export function loadCandidateSessions(dataSource: DataSource, viewer: SessionViewer, candidateIds: readonly string[]): Promise<SessionModel[]> {
  if (viewer.isCoordinator) {
    return loadSessions(dataSource, viewer.teamId, 's.candidate_id = ANY($2::uuid[])', [[...candidateIds]]);
  }

  return loadSessions(
    dataSource,
    viewer.teamId,
    's.candidate_id = ANY($2::uuid[]) AND EXISTS (SELECT 1 FROM session_panelist vp WHERE vp.session_id = s.id AND vp.user_id = $3)',
    [[...candidateIds], viewer.userId],
  );
}
