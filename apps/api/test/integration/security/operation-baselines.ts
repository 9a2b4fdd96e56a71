import { randomUUID } from 'node:crypto';

import { TEST_PASSWORD } from '@api-test/support/fixtures';

const SOME_ID = '6f1c2b8e-3d4a-4c5b-9e6f-7a8b9c0d1e2f';
const PAST = '2026-01-05T10:00:00.000Z';
const FUTURE = '2031-03-04T10:00:00.000Z';
const LATER = '2031-03-10T10:00:00.000Z';

export type Caller = 'coordinator' | 'anonymous';
export type Baseline = { as: Caller; variables: Record<string, unknown> };

const scorecardContent = {
  ratings: [{ competencyId: 'competency-1', level: 3, notAssessed: false, evidence: 'Explained the trade-off' }],
  questionRatings: [{ sessionQuestionId: SOME_ID, level: 3 }],
  recommendation: 'YES',
  summary: 'Solid',
};
const rubricContent = {
  name: 'Rubric',
  description: 'Described',
  defaultForKind: 'technical',
  scale: [
    { level: 1, label: 'No' },
    { level: 2, label: 'Yes' },
  ],
  competencies: [{ name: 'Depth', description: 'How deep', anchors: [{ level: 1, text: 'Shallow' }] }],
};
const kitContent = { name: 'Kit', targetRole: 'Engineer', rubricId: SOME_ID, instructions: 'Be kind', items: [{ questionId: SOME_ID, plannedMinutes: 10 }] };
const candidateContent = { name: 'Casey', email: 'casey@example.test', targetRole: 'Engineer', notes: 'Referred' };

/**
 * For each operation taking text or ids, arguments that pass every validation
 * rule; each probe replaces one value in them. Ids need not exist: validation
 * runs before any lookup.
 */
export const OPERATION_BASELINES: Record<string, Baseline> = {
  // Queries and the subscription
  auditEvents: { as: 'coordinator', variables: { first: 20, filter: { actorId: SOME_ID, recordId: SOME_ID } } },
  availability: { as: 'coordinator', variables: { userId: SOME_ID } },
  bookingConflicts: {
    as: 'coordinator',
    variables: { input: { userIds: [SOME_ID], sessionId: SOME_ID, startsAt: FUTURE, durationMinutes: 60 } },
  },
  calibration: { as: 'coordinator', variables: { filter: { from: PAST, to: FUTURE, kitId: SOME_ID, interviewerId: SOME_ID } } },
  candidate: { as: 'coordinator', variables: { id: SOME_ID } },
  candidateReview: { as: 'coordinator', variables: { candidateId: SOME_ID } },
  findSlots: {
    as: 'coordinator',
    variables: { input: { interviewerIds: [SOME_ID], poolIds: [SOME_ID], poolCount: 1, from: FUTURE, to: LATER, durationMinutes: 60 } },
  },
  guide: { as: 'coordinator', variables: { id: SOME_ID } },
  guideDeletionPreview: { as: 'coordinator', variables: { guideId: SOME_ID } },
  guideMarkdown: { as: 'coordinator', variables: { id: SOME_ID } },
  invitePreview: { as: 'anonymous', variables: { token: 't'.repeat(43) } },
  kit: { as: 'coordinator', variables: { id: SOME_ID } },
  passwordResetPreview: { as: 'anonymous', variables: { token: 't'.repeat(43) } },
  schedulingRequests: { as: 'coordinator', variables: { candidateId: SOME_ID } },
  bookingPage: { as: 'anonymous', variables: { token: 't'.repeat(43) } },
  question: { as: 'coordinator', variables: { id: SOME_ID } },
  questions: { as: 'coordinator', variables: { guideId: SOME_ID, first: 5 } },
  rubric: { as: 'coordinator', variables: { id: SOME_ID } },
  session: { as: 'coordinator', variables: { id: SOME_ID } },
  sessionActivity: { as: 'coordinator', variables: { sessionId: SOME_ID, inRoom: true } },
  sessionActivityHistory: { as: 'coordinator', variables: { sessionId: SOME_ID, last: 20 } },
  sessionPresence: { as: 'coordinator', variables: { sessionId: SOME_ID } },
  sessions: { as: 'coordinator', variables: { from: PAST, to: FUTURE, interviewerId: SOME_ID } },

  // Mutations
  acceptInvite: { as: 'anonymous', variables: { input: { token: 't'.repeat(43), name: 'New Person', password: 'Correct-Horse-Battery-42', timeZone: 'UTC' } } },
  addQuestionToKit: { as: 'coordinator', variables: { input: { kitId: SOME_ID, questionId: SOME_ID, plannedMinutes: 5 } } },
  addQuestionToSession: { as: 'coordinator', variables: { input: { sessionId: SOME_ID, questionId: SOME_ID, plannedMinutes: 5 } } },
  amendScorecard: { as: 'coordinator', variables: { input: { scorecardId: SOME_ID, expectedVersion: 2, reason: 'Misread my notes', ...scorecardContent } } },
  cancelSession: { as: 'coordinator', variables: { input: { sessionId: SOME_ID, reason: 'Candidate withdrew' } } },
  changeMemberRole: { as: 'coordinator', variables: { input: { membershipId: SOME_ID, role: 'INTERVIEWER' } } },
  changePassword: { as: 'coordinator', variables: { input: { currentPassword: TEST_PASSWORD, newPassword: 'Another-Strong-Passphrase-7' } } },
  completeSession: { as: 'coordinator', variables: { input: { sessionId: SOME_ID } } },
  completeSetup: {
    as: 'anonymous',
    variables: {
      input: { setupToken: 't'.repeat(24), teamName: 'Acme', name: 'First Person', email: 'first@example.test', password: 'Correct-Horse-Battery-42', timeZone: 'UTC' },
    },
  },
  createTeam: { as: 'coordinator', variables: { input: { name: 'Second team' } } },
  createCandidate: { as: 'coordinator', variables: { input: candidateContent } },
  createKit: { as: 'coordinator', variables: { input: kitContent } },
  createQuestion: {
    as: 'coordinator',
    variables: {
      input: {
        guideId: SOME_ID,
        kind: 'Technical',
        prompt: 'Why?',
        context: 'Some code',
        answer: { summary: 'In short', fields: [{ label: 'Approach', text: 'Explain it.', items: null }, { label: 'Pitfalls', items: ['One'] }] },
        followUps: ['And then?'],
      },
    },
  },
  createRubric: { as: 'coordinator', variables: { input: rubricContent } },
  deactivateMember: { as: 'coordinator', variables: { input: { membershipId: SOME_ID } } },
  deleteCandidate: { as: 'coordinator', variables: { input: { candidateId: SOME_ID, reason: 'Asked to be forgotten' } } },
  importGuides: { as: 'coordinator', variables: { input: { files: [{ fileName: 'guide.md', text: '# Guide' }], dryRun: true } } },
  deleteGuide: { as: 'coordinator', variables: { input: { guideId: SOME_ID } } },
  retireGuide: { as: 'coordinator', variables: { input: { guideId: SOME_ID } } },
  restoreGuide: { as: 'coordinator', variables: { input: { guideId: SOME_ID } } },
  inviteMember: { as: 'coordinator', variables: { input: { email: 'invitee@example.test', role: 'INTERVIEWER' } } },
  markNoShow: { as: 'coordinator', variables: { input: { sessionId: SOME_ID, party: 'INTERVIEWER', userId: SOME_ID, reason: 'No word' } } },
  markNotificationRead: { as: 'coordinator', variables: { input: { notificationId: SOME_ID } } },
  markQuestionAsked: { as: 'coordinator', variables: { input: { sessionQuestionId: SOME_ID, asked: true } } },
  mergeCandidates: { as: 'coordinator', variables: { input: { targetId: SOME_ID, sourceIds: [randomUUID()] } } },
  nudgeInterviewer: { as: 'coordinator', variables: { input: { sessionId: SOME_ID, interviewerId: SOME_ID } } },
  recordDecision: { as: 'coordinator', variables: { input: { candidateId: SOME_ID, decision: 'HOLD', rationale: 'Needs another loop' } } },
  rescheduleSession: {
    as: 'coordinator',
    variables: { input: { sessionId: SOME_ID, startsAt: FUTURE, durationMinutes: 60, expectedVersion: 1, reason: 'Clash', overridePolicy: false } },
  },
  requestPasswordReset: { as: 'anonymous', variables: { input: { email: 'someone@example.test' } } },
  resetPassword: { as: 'anonymous', variables: { input: { token: 't'.repeat(43), newPassword: 'Correct-Horse-Battery-42' } } },
  retryOutgoingMessage: { as: 'coordinator', variables: { input: { messageId: SOME_ID } } },
  createSchedulingRequest: {
    as: 'coordinator',
    variables: {
      input: {
        candidateId: SOME_ID,
        kitId: SOME_ID,
        durationMinutes: 60,
        panel: [{ userId: SOME_ID, role: 'LEAD' }],
        windowStart: FUTURE,
        windowEnd: LATER,
        location: 'Room 1',
        candidateTimeZone: 'UTC',
      },
    },
  },
  resendSchedulingRequest: { as: 'coordinator', variables: { input: { requestId: SOME_ID } } },
  revokeSchedulingRequest: { as: 'coordinator', variables: { input: { requestId: SOME_ID } } },
  bookSlot: { as: 'anonymous', variables: { input: { token: 't'.repeat(43), startsAt: FUTURE, timeZone: 'UTC' } } },
  rescheduleBooking: { as: 'anonymous', variables: { input: { token: 't'.repeat(43), startsAt: FUTURE, timeZone: 'UTC' } } },
  cancelBooking: { as: 'anonymous', variables: { input: { token: 't'.repeat(43), reason: 'Cannot make it' } } },
  revokeInvite: { as: 'coordinator', variables: { input: { inviteId: SOME_ID } } },
  saveScorecard: { as: 'coordinator', variables: { input: { sessionId: SOME_ID, expectedVersion: 0, ...scorecardContent } } },
  saveSessionNote: {
    as: 'coordinator',
    variables: {
      input: { sessionId: SOME_ID, sessionQuestionId: SOME_ID, text: 'Noted', followUpsAsked: [0], customFollowUps: ['Why?'], expectedVersion: 0, editId: SOME_ID },
    },
  },
  scheduleSession: {
    as: 'coordinator',
    variables: {
      input: { candidateId: SOME_ID, kitId: SOME_ID, startsAt: FUTURE, durationMinutes: 60, timeZone: 'UTC', location: 'Room 1', panel: [{ userId: SOME_ID, role: 'LEAD' }] },
    },
  },
  setAvailability: {
    as: 'coordinator',
    variables: {
      input: {
        timeZone: 'UTC',
        weeklyWindows: [{ weekday: 1, start: '09:00', end: '17:00' }],
        overrides: [{ date: '2031-03-05', windows: [{ start: '09:00', end: '12:00' }] }],
        timeOff: [{ kind: 'dates', startDate: '2031-04-01', endDate: '2031-04-02', note: 'Holiday' }],
        expectedVersion: 0,
      },
    },
  },
  setScorecardRevealDeadline: { as: 'coordinator', variables: { input: { sessionId: SOME_ID, revealAt: FUTURE } } },
  signIn: { as: 'anonymous', variables: { input: { email: 'someone@example.test', password: 'whatever-it-is' } } },
  skipQuestion: { as: 'coordinator', variables: { input: { sessionQuestionId: SOME_ID, skipped: true } } },
  startSession: { as: 'coordinator', variables: { input: { sessionId: SOME_ID } } },
  submitScorecard: { as: 'coordinator', variables: { input: { scorecardId: SOME_ID, expectedVersion: 1 } } },
  switchTeam: { as: 'coordinator', variables: { input: { teamId: SOME_ID } } },
  updateCandidate: { as: 'coordinator', variables: { input: { ...candidateContent, id: SOME_ID, expectedVersion: 1 } } },
  updateKit: { as: 'coordinator', variables: { input: { ...kitContent, id: SOME_ID, expectedVersion: 1 } } },
  updateQuestion: {
    as: 'coordinator',
    variables: {
      input: {
        questionId: SOME_ID,
        expectedRevision: 1,
        kind: 'Technical',
        prompt: 'Why?',
        context: 'Some code',
        answer: { summary: 'In short', fields: [{ label: 'Approach', text: 'Explain it.' }, { label: 'Pitfalls', items: ['One'] }] },
        followUps: ['And then?'],
      },
    },
  },
  updateRubric: {
    as: 'coordinator',
    variables: { input: { ...rubricContent, competencies: [{ ...rubricContent.competencies[0], id: SOME_ID }], id: SOME_ID, expectedVersion: 1 } },
  },
  updateProfile: { as: 'coordinator', variables: { input: { name: 'Cora Coordinator', timeZone: 'UTC' } } },
  updateTeamSettings: { as: 'coordinator', variables: { input: { name: 'Hiring team', timeZone: 'Europe/Paris' } } },
};
