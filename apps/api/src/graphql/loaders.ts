import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';

import type { RequestAuth } from '@api/auth/request-auth';
import { createGuidesByIdLoader } from '@api/modules/guide/guides-by-id.loader';
import { loadKitInstructions } from '@api/modules/kit/kit-instructions.query';
import { loadSessionPlans } from '@api/modules/interview/session-plan.query';
import { loadOwnNotes } from '@api/modules/interview/session-note.query';
import { loadQuestionRevisions } from '@api/modules/question/question-revisions.query';
import { loadDecisions } from '@api/modules/review/debrief-decision.query';
import { loadRubrics } from '@api/modules/rubric/rubric.query';
import { loadPanelSubmissions, loadScorecardsRevealed } from '@api/modules/scorecard/scorecard-progress.query';
import { scorecardVisible } from '@api/modules/scorecard/scorecard-visibility';
import { loadScorecards } from '@api/modules/scorecard/scorecard.query';
import { loadCandidateSessions } from '@api/modules/scheduling/candidate-sessions.query';
import { TeamRole } from '@api/modules/team/team-role';

import { createGroupedLoader, createKeyedLoader } from './grouped-loader';

/**
 * Per-request DataLoaders: created in the GraphQL context for the caller,
 * never shared. Session fields of lists go through these, so a page of
 * sessions costs one query per field, not one per session.
 */
export function createLoaders(dataSource: DataSource, auth: RequestAuth | null) {
  const teamId = auth?.teamId ?? null;
  const caller = auth?.teamId && auth.role ? { teamId: auth.teamId, userId: auth.userId, isCoordinator: auth.role === TeamRole.COORDINATOR } : null;
  const none = () => Promise.resolve([]);

  return {
    guidesById: createGuidesByIdLoader(dataSource, teamId),
    sessionPlansBySessionId: createGroupedLoader(
      caller ? (ids) => loadSessionPlans(dataSource, caller.teamId, ids) : none,
      (question) => question.sessionId,
    ),
    ownNotesBySessionId: createGroupedLoader(caller ? (ids) => loadOwnNotes(dataSource, caller.userId, ids) : none, (note) => note.sessionId),
    visibleScorecardsBySessionId: createGroupedLoader(
      caller
        ? (ids) =>
            loadScorecards(dataSource, caller.teamId, `sc.session_id = ANY($2::uuid[]) AND ${scorecardVisible('$3', '$4')}`, [
              [...ids],
              caller.userId,
              caller.isCoordinator,
            ])
        : none,
      (scorecard) => scorecard.sessionId,
    ),
    panelSubmissionsBySessionId: createGroupedLoader(
      caller ? (ids) => loadPanelSubmissions(dataSource, caller.teamId, ids) : none,
      (submission) => submission.sessionId,
    ),
    scorecardsRevealedBySessionId: createKeyedLoader(
      caller ? (ids) => loadScorecardsRevealed(dataSource, caller, ids) : none,
      (row) => row.id,
    ),
    currentRubricsByKitId: createKeyedLoader(
      caller ? (ids) => loadRubrics(dataSource, caller.teamId, 'k.id = ANY($2::uuid[])', [[...ids]], { byKit: true }) : none,
      (rubric) => rubric.kitId ?? '',
    ),
    // Interviewers see only the sessions they sit on, as in the sessions query.
    sessionsByCandidateId: createGroupedLoader(
      caller ? (ids) => loadCandidateSessions(dataSource, caller, ids) : none,
      (session) => session.candidate.id,
    ),
    // Decisions stay with coordinators: an interviewer reads none (independent scoring).
    decisionsByCandidateId: createGroupedLoader(
      caller?.isCoordinator ? (ids) => loadDecisions(dataSource, caller.teamId, ids) : none,
      (decision) => decision.candidateId,
    ),
    questionRevisionsByQuestionId: createGroupedLoader(
      caller ? (ids) => loadQuestionRevisions(dataSource, caller.teamId, ids) : none,
      (revision) => revision.questionId,
    ),
    kitInstructionsByKitId: createKeyedLoader(
      caller ? (ids) => loadKitInstructions(dataSource, caller.teamId, ids) : none,
      (kit) => kit.kitId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export const RequestLoaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): Loaders =>
    GqlExecutionContext.create(context).getContext<{ loaders: Loaders }>().loaders,
);
