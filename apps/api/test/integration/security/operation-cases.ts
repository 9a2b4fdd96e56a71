import { randomUUID } from 'node:crypto';

import { TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { sampleGuide } from '@api-test/support/guides';

import { type AuthzWorld, firstOfferedStart, NEW_PASSWORD, type Role, scorecardContent, TEAM_A_MARK } from './authz-world';

type Variables = Record<string, unknown>;

export type OperationCase = {
  /** Valid arguments, holding team A's ids whoever calls. */
  args?: (world: AuthzWorld, role: Role) => Variables | Promise<Variables>;
  /** A client of its own per call, for operations that replace, end or re-key the caller's session. */
  caller?: (world: AuthzWorld, role: Role) => Promise<GraphQLClient>;
  /** Whoever holds the secret link acts on team A by design (invite links): no leak check on the answer. */
  isBearer?: true;
  /** An allowed call by a caller outside team A still changes team A by design: kept out of the "unchanged" window. */
  actsInTeamA?: true;
};

const DAY = 86_400_000;
const at = (world: AuthzWorld, days: number) => new Date(world.now + days * DAY).toISOString();

/** Team A's current version of a record, read by its coordinator (the call under test must not fail on a stale version). */
async function versionOf(world: AuthzWorld, query: string, id: string): Promise<number> {
  const data = await world.clients.coordinator.data(query, { id });

  return (Object.values(data)[0] as { version: number }).version;
}

async function leadScorecardVersion(world: AuthzWorld, sessionId: string): Promise<number> {
  const { session } = await world.clients.interviewer.data(`query V($id: ID!) { session(id: $id) { myScorecard { version } } }`, { id: sessionId });

  return session.myScorecard.version as number;
}

const emailOf = (world: AuthzWorld, role: Role) =>
  ({
    anonymous: world.teamA.members.lead.email,
    interviewer: world.teamA.members.lead.email,
    coordinator: world.teamA.team.coordinator.email,
    otherTeam: world.teamB.coordinator.email,
  })[role];

const kitItems = (world: AuthzWorld) => [{ questionId: world.teamA.questionIds[0], plannedMinutes: 10 }];

/** One entry per operation of the schema: how to call it validly. */
export const OPERATION_CASES: Record<string, OperationCase> = {
  // Queries
  auditEvents: { args: (w) => ({ first: 20, filter: { recordId: w.teamA.candidateId } }) },
  auditFacets: {},
  availability: { args: (w) => ({ userId: w.teamA.members.co.userId }) },
  bookingConflicts: {
    args: (w) => ({ input: { userIds: [w.teamA.members.lead.userId], startsAt: at(w, 20), durationMinutes: 60 } }),
  },
  calibration: {
    args: (w) => ({ filter: { from: at(w, -30), to: at(w, 1), kitId: w.teamA.kitId, interviewerId: w.teamA.members.lead.userId } }),
  },
  candidate: { args: (w) => ({ id: w.teamA.candidateId }) },
  candidateDuplicates: {},
  candidateReview: { args: (w) => ({ candidateId: w.teamA.candidateId }) },
  candidatesAwaitingDecision: {},
  candidates: {},
  feedbackTimeliness: {},
  findSlots: {
    args: (w) => ({ input: { interviewerIds: [w.teamA.members.lead.userId], from: at(w, 1), to: at(w, 8), durationMinutes: 60 } }),
  },
  guide: { args: (w) => ({ id: w.guideId }) },
  guideDeletionPreview: { args: (w) => ({ guideId: w.lifecycleGuides.toDelete }) },
  guideMarkdown: { args: (w) => ({ id: w.guideId }) },
  guides: {},
  invitePreview: { args: (w) => ({ token: w.previewToken }), isBearer: true },
  invites: {},
  kit: { args: (w) => ({ id: w.teamA.kitId }) },
  mailStatus: {},
  kits: {},
  me: {},
  members: {},
  myInterviews: { args: () => ({ days: 14 }) },
  notifications: {},
  outgoingMessages: {},
  passwordResetPreview: { args: (w) => ({ token: w.resetPreviewToken }), isBearer: true },
  schedulingRequests: { args: (w) => ({ candidateId: w.selfScheduling.candidateId }) },
  bookingPage: { args: (w) => ({ token: w.selfScheduling.pageToken }), isBearer: true },
  question: { args: (w) => ({ id: w.teamA.questionIds[0] }) },
  questionFacets: {},
  questions: { args: (w) => ({ guideId: w.guideId, first: 5 }) },
  rubric: { args: (w) => ({ id: w.rubricId }) },
  rubrics: {},
  scorecardsDue: {},
  session: { args: (w) => ({ id: w.sessions.main.id }) },
  sessionActivityHistory: { args: (w) => ({ sessionId: w.sessions.main.id, last: 20 }) },
  sessionPresence: { args: (w) => ({ sessionId: w.sessions.main.id }) },
  sessions: { args: (w) => ({ from: at(w, -3), to: at(w, 3), interviewerId: w.teamA.members.lead.userId }) },
  setupStatus: {},
  team: {},

  // Mutations
  acceptInvite: {
    args: (w, role) => ({ input: { token: w.inviteTokens[role], name: `${TEAM_A_MARK} invitee`, password: NEW_PASSWORD, timeZone: 'UTC' } }),
    caller: (w, role) => w.fresh(role),
    isBearer: true,
    actsInTeamA: true,
  },
  addQuestionToKit: { args: (w) => ({ input: { kitId: w.teamA.kitId, questionId: w.teamA.questionIds[2], plannedMinutes: 5 } }) },
  addQuestionToSession: { args: (w) => ({ input: { sessionId: w.sessions.main.id, questionId: w.teamA.questionIds[2], plannedMinutes: 5 } }) },
  amendScorecard: {
    args: async (w) => ({
      input: {
        scorecardId: w.scorecards.leadSubmitted,
        expectedVersion: await leadScorecardVersion(w, w.sessions.scored.id),
        reason: 'Re-read my notes',
        ...scorecardContent(w.competencyIds),
      },
    }),
  },
  completeSetup: {
    args: () => ({
      input: { setupToken: 'not-the-token', teamName: 'Takeover', name: 'Mallory', email: 'mallory@example.test', password: NEW_PASSWORD, timeZone: 'UTC' },
    }),
  },
  createTeam: { args: (_, role) => ({ input: { name: `Team made by ${role}` } }), caller: (w, role) => w.fresh(role) },
  cancelSession: { args: (w) => ({ input: { sessionId: w.sessions.toCancel.id, reason: 'Candidate withdrew' } }) },
  changeMemberRole: { args: (w) => ({ input: { membershipId: w.spares.roleChange.membershipId, role: 'COORDINATOR' } }) },
  changePassword: {
    args: () => ({ input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }),
    caller: (w, role) => w.passwordChanger(role),
  },
  completeSession: { args: (w) => ({ input: { sessionId: w.sessions.toComplete.id } }) },
  createCandidate: { args: (_, role) => ({ input: { name: `Candidate created by ${role}`, notes: '' } }) },
  createKit: { args: (w, role) => ({ input: { name: `Kit by ${role}`, targetRole: 'Engineer', rubricId: w.rubricId, items: kitItems(w) } }) },
  createQuestion: {
    args: (w, role) => ({
      input: {
        guideId: w.guideId,
        kind: 'Technical',
        prompt: `Question added by ${role}?`,
        answer: { fields: [{ label: 'Approach', text: 'Explain it.' }] },
        followUps: ['Why?'],
      },
    }),
  },
  createRubric: { args: (_, role) => ({ input: { name: `Rubric by ${role}`, competencies: [{ name: 'Clarity' }] } }) },
  deactivateMember: { args: (w) => ({ input: { membershipId: w.spares.deactivation.membershipId } }) },
  deleteCandidate: { args: (w) => ({ input: { candidateId: w.candidates.toDelete, reason: 'Asked to be forgotten' } }) },
  importGuides: { args: () => ({ input: { files: [sampleGuide('product-manager.md')], dryRun: true } }) },
  deleteGuide: { args: (w) => ({ input: { guideId: w.lifecycleGuides.toDelete } }) },
  retireGuide: { args: (w) => ({ input: { guideId: w.lifecycleGuides.toRetire } }) },
  restoreGuide: { args: (w) => ({ input: { guideId: w.lifecycleGuides.toRetire } }) },
  inviteMember: { args: (_, role) => ({ input: { email: `invited-by-${role.toLowerCase()}@example.test`, role: 'INTERVIEWER' } }) },
  markNoShow: { args: (w) => ({ input: { sessionId: w.sessions.toMarkNoShow.id, party: 'CANDIDATE', reason: 'Did not join' } }) },
  markNotificationRead: { args: (w) => ({ input: { notificationId: w.notificationId } }) },
  markQuestionAsked: { args: (w) => ({ input: { sessionQuestionId: w.sessions.main.sessionQuestionIds[0], asked: true } }) },
  mergeCandidates: { args: (w) => ({ input: { targetId: w.candidates.mergeTarget, sourceIds: [w.candidates.mergeSource] } }) },
  nudgeInterviewer: { args: (w) => ({ input: { sessionId: w.sessions.scored.id, interviewerId: w.teamA.members.co.userId } }) },
  // Anyone may ask for a reset of any address by design: the link goes to that address only.
  requestPasswordReset: { args: (w, role) => ({ input: { email: emailOf(w, role) } }), actsInTeamA: true },
  resetPassword: { args: (w, role) => ({ input: { token: w.resetTokens[role], newPassword: NEW_PASSWORD } }), caller: (w) => Promise.resolve(w.testApp.client()) },
  createSchedulingRequest: { args: (w) => ({ input: w.selfScheduling.requestInput() }) },
  resendSchedulingRequest: { args: (w) => ({ input: { requestId: w.selfScheduling.toResend } }) },
  revokeSchedulingRequest: { args: (w) => ({ input: { requestId: w.selfScheduling.toRevoke } }) },
  bookSlot: {
    args: async (w, role) => {
      const token = w.selfScheduling.toBook[role];

      return { input: { token, startsAt: await firstOfferedStart(w.testApp, token), timeZone: 'UTC' } };
    },
    isBearer: true,
    actsInTeamA: true,
  },
  rescheduleBooking: {
    args: async (w, role) => {
      const token = w.selfScheduling.toMove[role];

      return { input: { token, startsAt: await firstOfferedStart(w.testApp, token), timeZone: 'UTC' } };
    },
    isBearer: true,
    actsInTeamA: true,
  },
  cancelBooking: { args: (w, role) => ({ input: { token: w.selfScheduling.toCancel[role], reason: 'Cannot make it' } }), isBearer: true, actsInTeamA: true },
  retryOutgoingMessage: { args: (w) => ({ input: { messageId: w.failedMessageId } }) },
  recordDecision: { args: (w) => ({ input: { candidateId: w.teamA.candidateId, decision: 'ADVANCE', rationale: 'Strong signal' } }) },
  rescheduleSession: {
    args: async (w) => ({
      input: {
        sessionId: w.sessions.toReschedule.id,
        startsAt: at(w, 11),
        expectedVersion: await versionOf(w, `query V($id: ID!) { session(id: $id) { version } }`, w.sessions.toReschedule.id),
        reason: 'Panel moved',
      },
    }),
  },
  revokeCalendarToken: {},
  revokeInvite: { args: (w) => ({ input: { inviteId: w.inviteToRevoke } }) },
  rotateCalendarToken: {},
  saveScorecard: { args: (w) => ({ input: { sessionId: w.sessions.main.id, expectedVersion: 0, ...scorecardContent(w.competencyIds) } }) },
  saveSessionNote: {
    args: (w) => ({ input: { sessionId: w.sessions.main.id, editId: randomUUID(), expectedVersion: 0, text: 'Asked about batch norm' } }),
  },
  scheduleSession: {
    args: (w) => ({
      input: {
        candidateId: w.teamA.candidateId,
        kitId: w.teamA.kitId,
        startsAt: at(w, 20),
        durationMinutes: 60,
        timeZone: 'UTC',
        location: 'Room 2',
        panel: [{ userId: w.teamA.members.lead.userId, role: 'LEAD' }],
      },
    }),
  },
  sendTestEmail: {},
  setAvailability: {
    // Each caller sets their own; the version is theirs too.
    args: async (w, role) => {
      const own = role === 'anonymous' ? null : await w.clients[role].request<{ availability: { version: number } }>(`{ availability { version } }`);

      return {
        input: {
          timeZone: 'UTC',
          expectedVersion: own?.data?.availability.version ?? 0,
          weeklyWindows: [{ weekday: 1, start: '09:00', end: '17:00' }],
        },
      };
    },
  },
  setScorecardRevealDeadline: { args: (w) => ({ input: { sessionId: w.sessions.main.id, revealAt: null } }) },
  signIn: {
    // Anonymous signs in as the interviewer; everyone else as themselves.
    args: (w, role) => ({ input: { email: emailOf(w, role), password: TEST_PASSWORD } }),
    caller: (w) => Promise.resolve(w.testApp.client()),
    actsInTeamA: true,
  },
  signOut: { caller: (w, role) => w.fresh(role) },
  skipQuestion: { args: (w) => ({ input: { sessionQuestionId: w.sessions.main.sessionQuestionIds[1], skipped: true } }) },
  startSession: { args: (w) => ({ input: { sessionId: w.sessions.main.id } }) },
  submitScorecard: {
    args: async (w) => ({
      input: { scorecardId: w.scorecards.leadDraft, expectedVersion: await leadScorecardVersion(w, w.sessions.toSubmit.id) },
    }),
  },
  switchTeam: { args: (w) => ({ input: { teamId: w.teamA.team.teamId } }) },
  updateEmailPreferences: { args: () => ({ input: { sessionUpdates: true, scorecardUpdates: true } }) },
  updateCandidate: {
    args: async (w) => ({
      input: {
        id: w.candidates.toUpdate,
        expectedVersion: await versionOf(w, `query V($id: ID!) { candidate(id: $id) { version } }`, w.candidates.toUpdate),
        name: 'Renamed candidate',
        notes: '',
      },
    }),
  },
  updateKit: {
    args: async (w) => ({
      input: {
        id: w.kitToUpdate,
        expectedVersion: await versionOf(w, `query V($id: ID!) { kit(id: $id) { version } }`, w.kitToUpdate),
        name: 'Kit renamed',
        targetRole: 'Engineer',
        rubricId: w.rubricId,
        items: kitItems(w),
      },
    }),
  },
  updateQuestion: {
    args: async (w, role) => {
      const { question } = await w.clients.coordinator.data(`query V($id: ID!) { question(id: $id) { revision } }`, { id: w.teamA.questionIds[3] });

      return { input: { questionId: w.teamA.questionIds[3], expectedRevision: question.revision, context: `Context edited by ${role}` } };
    },
  },
  updateRubric: {
    args: async (w) => {
      const { rubric } = await w.clients.coordinator.data(`query V($id: ID!) { rubric(id: $id) { version competencies { id } } }`, {
        id: w.rubricToUpdate,
      });

      return {
        input: {
          id: w.rubricToUpdate,
          expectedVersion: rubric.version,
          name: 'Rubric renamed',
          competencies: [{ id: rubric.competencies[0].id, name: 'Depth of reasoning' }],
        },
      };
    },
  },
  // Each caller's own zone, which fixtures already set: the call changes nothing.
  updateProfile: { args: () => ({ input: { timeZone: 'UTC' } }) },
  updateTeamSettings: { args: () => ({ input: { escalateAfterHours: 72 } }) },

  // Subscriptions
  sessionActivity: { args: (w) => ({ sessionId: w.sessions.main.id }) },
};
