import { randomUUID } from 'node:crypto';

import type { APIRequestContext } from '@playwright/test';

import { PLANTED } from '@e2e/support/xssPayloads';

import { graphqlRequest } from './graphqlRequest';

const DAY_MS = 86_400_000;

/** A UTC instant `days` from today at `hour`:00 UTC (negative: in the past). */
function dayAt(days: number, hour: number): Date {
  const date = new Date(Date.now() + days * DAY_MS);
  date.setUTCHours(hour, 0, 0, 0);

  return date;
}

export async function inviteThroughApi(
  request: APIRequestContext,
  email: string,
): Promise<string> {
  const { inviteMember } = await graphqlRequest<{
    inviteMember: { url: string };
  }>(
    request,
    'E2eXssInvite',
    `mutation E2eXssInvite($input: InviteMemberInput!) { inviteMember(input: $input) { url } }`,
    { input: { email, role: 'INTERVIEWER' } },
  );

  return inviteMember.url;
}

export type PlantedRecords = {
  guideId: string;
  questionIds: string[];
  rubricId: string;
  kitId: string;
  candidateId: string;
  memberId: string;
  /** Ended; the member ran it, took notes, submitted and amended a scorecard. */
  pastSessionId: string;
  /** Ended; the member still owes its scorecard and was nudged. */
  owedSessionId: string;
  /** Upcoming, rescheduled with a reason. */
  upcomingSessionId: string;
  /** Cancelled with a reason. */
  cancelledSessionId: string;
};

/**
 * As a coordinator: a rubric and a kit (on the imported payload guide's
 * questions) with payloads in every text field, then four sessions for the
 * invited member (`memberEmail`) with payload locations, a reschedule and a
 * cancellation reason, and a pending invite to a payload address.
 */
export async function plantCoordinatorRecords(
  request: APIRequestContext,
  input: {
    guideId: string;
    candidateId: string;
    memberEmail: string;
    coordinatorEmail: string;
  },
): Promise<PlantedRecords> {
  const { questions } = await graphqlRequest<{
    questions: { edges: { node: { id: string; number: number } }[] };
  }>(
    request,
    'E2eXssQuestions',
    `query E2eXssQuestions($guideId: ID!) { questions(guideId: $guideId, first: 10) { edges { node { id number } } } }`,
    { guideId: input.guideId },
  );
  const questionIds = questions.edges
    .map((edge) => edge.node)
    .sort((a, b) => a.number - b.number)
    .map((question) => question.id);

  const { createRubric } = await graphqlRequest<{
    createRubric: { id: string };
  }>(
    request,
    'E2eXssCreateRubric',
    `mutation E2eXssCreateRubric($input: CreateRubricInput!) { createRubric(input: $input) { id } }`,
    {
      input: {
        name: PLANTED.rubricName,
        description: PLANTED.rubricDescription,
        scale: [
          { level: 1, label: 'Strong no' },
          { level: 2, label: 'No' },
          { level: 3, label: 'Yes' },
          { level: 4, label: PLANTED.scaleTop },
        ],
        competencies: [
          {
            name: PLANTED.competency1,
            description: PLANTED.competency1Description,
            anchors: PLANTED.anchors.map((text, index) => ({
              level: index + 1,
              text,
            })),
          },
          {
            name: PLANTED.competency2,
            description: PLANTED.competency2Description,
            anchors: [],
          },
        ],
      },
    },
  );
  const { createKit } = await graphqlRequest<{ createKit: { id: string } }>(
    request,
    'E2eXssCreateKit',
    `mutation E2eXssCreateKit($input: CreateKitInput!) { createKit(input: $input) { id } }`,
    {
      input: {
        name: PLANTED.kitName,
        targetRole: PLANTED.kitRole,
        instructions: PLANTED.kitInstructions,
        rubricId: createRubric.id,
        items: questionIds.map((questionId) => ({
          questionId,
          plannedMinutes: 10,
        })),
      },
    },
  );

  const { members } = await graphqlRequest<{
    members: { user: { id: string; email: string } }[];
  }>(
    request,
    'E2eXssMembers',
    'query E2eXssMembers { members { user { id email } } }',
  );
  const userId = (email: string) => {
    const found = members.find(
      (candidate) => candidate.user.email.toLowerCase() === email.toLowerCase(),
    );
    if (!found) {
      throw new Error(`No member ${email}`);
    }

    return found.user.id;
  };
  const memberId = userId(input.memberEmail);

  // The new member leads every session, at hours no other spec books, so
  // nothing clashes with the demo seed or the other specs.
  const schedule = async (
    startsAt: Date,
    location: string,
    coInterviewerId?: string,
  ) => {
    const { scheduleSession } = await graphqlRequest<{
      scheduleSession: { id: string; version: number };
    }>(
      request,
      'E2eXssSchedule',
      `mutation E2eXssSchedule($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id version } }`,
      {
        input: {
          candidateId: input.candidateId,
          kitId: createKit.id,
          startsAt: startsAt.toISOString(),
          durationMinutes: 45,
          timeZone: 'Europe/Paris',
          location,
          // Hours no other spec books, outside anyone's availability: on the record.
          overrideAvailability: true,
          overrideReason: 'Test booking at a reserved hour',
          panel: [
            { userId: memberId, role: 'LEAD' },
            ...(coInterviewerId
              ? [{ userId: coInterviewerId, role: 'CO_INTERVIEWER' }]
              : []),
          ],
        },
      },
    );

    return scheduleSession;
  };
  // The coordinator sits on the past session too: agreement figures need two raters.
  const past = await schedule(
    dayAt(-21, 3),
    PLANTED.pastLocation,
    userId(input.coordinatorEmail),
  );
  const owed = await schedule(dayAt(-20, 3), '');
  const upcoming = await schedule(dayAt(5, 5), PLANTED.upcomingLocation);
  const cancelled = await schedule(dayAt(8, 5), PLANTED.pastLocation);

  await graphqlRequest(
    request,
    'E2eXssReschedule',
    `mutation E2eXssReschedule($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id } }`,
    {
      input: {
        sessionId: upcoming.id,
        expectedVersion: upcoming.version,
        startsAt: dayAt(6, 5).toISOString(),
        reason: PLANTED.rescheduleReason,
        // The planted panelist keeps no availability at that hour: book it on the record.
        overrideAvailability: true,
        overrideReason: PLANTED.rescheduleReason,
      },
    },
  );
  await graphqlRequest(
    request,
    'E2eXssCancel',
    `mutation E2eXssCancel($input: CancelSessionInput!) { cancelSession(input: $input) { id } }`,
    { input: { sessionId: cancelled.id, reason: PLANTED.cancelReason } },
  );
  await inviteThroughApi(request, PLANTED.pendingInviteEmail);

  return {
    guideId: input.guideId,
    questionIds,
    rubricId: createRubric.id,
    kitId: createKit.id,
    candidateId: input.candidateId,
    memberId,
    pastSessionId: past.id,
    owedSessionId: owed.id,
    upcomingSessionId: upcoming.id,
    cancelledSessionId: cancelled.id,
  };
}

/**
 * As the invited member: a time-off note, then the past session run in the
 * room (first question asked, notes with a custom follow-up), a scorecard
 * with payload evidence and summary submitted, then amended with a reason.
 */
export async function plantInterviewerRecords(
  request: APIRequestContext,
  sessionId: string,
): Promise<void> {
  await graphqlRequest(
    request,
    'E2eXssAvailability',
    `mutation E2eXssAvailability($input: SetAvailabilityInput!) { setAvailability(input: $input) { version } }`,
    {
      input: {
        expectedVersion: 0,
        timeZone: 'Europe/Paris',
        weeklyWindows: [1, 2, 3, 4, 5].map((weekday) => ({
          weekday,
          start: '09:00',
          end: '17:00',
        })),
        timeOff: [
          {
            kind: 'dates',
            startDate: dayAt(60, 12).toISOString().slice(0, 10),
            endDate: dayAt(61, 12).toISOString().slice(0, 10),
            note: PLANTED.timeOffNote,
          },
        ],
      },
    },
  );

  const sessionInput = { input: { sessionId } };
  const { startSession } = await graphqlRequest<{
    startSession: {
      questions: { id: string }[];
      scoringRubric: { competencies: { id: string }[] };
    };
  }>(
    request,
    'E2eXssStart',
    `mutation E2eXssStart($input: SessionIdInput!) { startSession(input: $input) { questions { id } scoringRubric { competencies { id } } } }`,
    sessionInput,
  );
  const [firstQuestion] = startSession.questions;
  const [depth, clarity] = startSession.scoringRubric.competencies;
  if (!firstQuestion || !depth || !clarity) {
    throw new Error('The payload kit lost its questions or competencies');
  }
  await graphqlRequest(
    request,
    'E2eXssAsk',
    `mutation E2eXssAsk($input: MarkQuestionAskedInput!) { markQuestionAsked(input: $input) { id } }`,
    { input: { sessionQuestionId: firstQuestion.id } },
  );
  const saveNote = (note: Record<string, unknown>) =>
    graphqlRequest(
      request,
      'E2eXssNote',
      `mutation E2eXssNote($input: SaveSessionNoteInput!) { saveSessionNote(input: $input) { id } }`,
      {
        input: { sessionId, editId: randomUUID(), expectedVersion: 0, ...note },
      },
    );
  await saveNote({
    sessionQuestionId: firstQuestion.id,
    text: PLANTED.questionNote,
    followUpsAsked: [0],
    customFollowUps: [PLANTED.customFollowUp],
  });
  await saveNote({ text: PLANTED.overallNote });
  await graphqlRequest(
    request,
    'E2eXssComplete',
    `mutation E2eXssComplete($input: SessionIdInput!) { completeSession(input: $input) { id } }`,
    sessionInput,
  );

  const ratings = [
    { competencyId: depth.id, level: 4, evidence: PLANTED.evidence1 },
    { competencyId: clarity.id, level: 1, evidence: PLANTED.evidence2 },
  ];
  const { saveScorecard } = await graphqlRequest<{
    saveScorecard: { id: string; version: number };
  }>(
    request,
    'E2eXssSaveScorecard',
    `mutation E2eXssSaveScorecard($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`,
    {
      input: {
        sessionId,
        expectedVersion: 0,
        ratings,
        recommendation: 'YES',
        summary: PLANTED.summary,
      },
    },
  );
  const { submitScorecard } = await graphqlRequest<{
    submitScorecard: { id: string; version: number };
  }>(
    request,
    'E2eXssSubmitScorecard',
    `mutation E2eXssSubmitScorecard($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id version } }`,
    {
      input: {
        scorecardId: saveScorecard.id,
        expectedVersion: saveScorecard.version,
      },
    },
  );
  await graphqlRequest(
    request,
    'E2eXssAmendScorecard',
    `mutation E2eXssAmendScorecard($input: AmendScorecardInput!) { amendScorecard(input: $input) { id } }`,
    {
      input: {
        scorecardId: submitScorecard.id,
        expectedVersion: submitScorecard.version,
        ratings,
        recommendation: 'STRONG_YES',
        summary: PLANTED.amendedSummary,
        reason: PLANTED.amendReason,
      },
    },
  );
}

/**
 * As the coordinator: their own scorecard for the past session (so the panel
 * is complete), a nudge about the owed scorecard and a debrief decision.
 */
export async function plantDebriefRecords(
  request: APIRequestContext,
  records: PlantedRecords,
): Promise<void> {
  const { session } = await graphqlRequest<{
    session: { scoringRubric: { competencies: { id: string }[] } };
  }>(
    request,
    'E2eXssRubric',
    `query E2eXssRubric($id: ID!) { session(id: $id) { scoringRubric { competencies { id } } } }`,
    { id: records.pastSessionId },
  );
  const { saveScorecard } = await graphqlRequest<{
    saveScorecard: { id: string; version: number };
  }>(
    request,
    'E2eXssSaveScorecard',
    `mutation E2eXssSaveScorecard($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`,
    {
      input: {
        sessionId: records.pastSessionId,
        expectedVersion: 0,
        ratings: session.scoringRubric.competencies.map((competency) => ({
          competencyId: competency.id,
          level: 2,
          evidence: '',
        })),
        recommendation: 'NO',
        summary: 'Second opinion.',
      },
    },
  );
  await graphqlRequest(
    request,
    'E2eXssSubmitScorecard',
    `mutation E2eXssSubmitScorecard($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id } }`,
    {
      input: {
        scorecardId: saveScorecard.id,
        expectedVersion: saveScorecard.version,
      },
    },
  );
  await graphqlRequest(
    request,
    'E2eXssNudge',
    `mutation E2eXssNudge($input: NudgeInterviewerInput!) { nudgeInterviewer(input: $input) }`,
    {
      input: {
        sessionId: records.owedSessionId,
        interviewerId: records.memberId,
      },
    },
  );
  await graphqlRequest(
    request,
    'E2eXssDecision',
    `mutation E2eXssDecision($input: RecordDecisionInput!) { recordDecision(input: $input) { candidate { id } } }`,
    {
      input: {
        candidateId: records.candidateId,
        decision: 'ADVANCE',
        rationale: PLANTED.decisionRationale,
      },
    },
  );
}
