import type { APIRequestContext } from '@playwright/test';

import { graphqlRequest } from './graphqlRequest';

export type RoomQuestion = { id: string; prompt: string; followUps: string[] };

export type ScheduledRoomSession = {
  sessionId: string;
  questions: RoomQuestion[];
  /** A bank question outside the kit, to add in the room. */
  spare: RoomQuestion;
};

/**
 * As a coordinator: a two-question kit (questions with follow-up points), a
 * candidate and a session due earlier today, with `lead` and
 * `coInterviewer` (emails) on the panel.
 */
export async function scheduleRoomSessionThroughApi(
  request: APIRequestContext,
  input: {
    candidateName: string;
    kitName: string;
    lead: string;
    coInterviewer: string;
    /** The kit's instructions to interviewers. */
    instructions?: string;
    /** How long ago the session was due (3 by default); specs sharing the panel pick different ones. */
    hoursAgo?: number;
  },
): Promise<ScheduledRoomSession> {
  const { questions } = await graphqlRequest<{
    questions: {
      edges: {
        node: { id: string; prompt: string; followUps: { text: string }[] };
      }[];
    };
  }>(
    request,
    'E2eRoomQuestions',
    `query E2eRoomQuestions { questions(first: 40) { edges { node { id prompt followUps { text } } } } }`,
  );
  const picked = questions.edges
    .map((edge) => edge.node)
    .filter((question) => question.followUps.length >= 2)
    .slice(0, 2);
  const spare = questions.edges
    .map((edge) => edge.node)
    .find((question) => !picked.includes(question));
  if (picked.length < 2 || !spare) {
    throw new Error('The demo bank has no two questions with follow-ups');
  }
  const { rubrics } = await graphqlRequest<{
    rubrics: { id: string; name: string }[];
  }>(request, 'E2eRoomRubrics', 'query E2eRoomRubrics { rubrics { id name } }');
  const rubric = rubrics.find(
    (candidate) => candidate.name === 'Technical interview',
  );
  if (!rubric) {
    throw new Error('No "Technical interview" rubric');
  }
  const { createKit } = await graphqlRequest<{ createKit: { id: string } }>(
    request,
    'E2eRoomCreateKit',
    `mutation E2eRoomCreateKit($input: CreateKitInput!) { createKit(input: $input) { id } }`,
    {
      input: {
        name: input.kitName,
        targetRole: 'Backend engineer',
        rubricId: rubric.id,
        instructions: input.instructions ?? '',
        items: picked.map((question) => ({
          questionId: question.id,
          plannedMinutes: 10,
        })),
      },
    },
  );
  const { createCandidate } = await graphqlRequest<{
    createCandidate: { id: string };
  }>(
    request,
    'E2eRoomCreateCandidate',
    `mutation E2eRoomCreateCandidate($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
    { input: { name: input.candidateName, targetRole: 'Backend engineer' } },
  );
  const { members } = await graphqlRequest<{
    members: { user: { id: string; email: string } }[];
  }>(
    request,
    'E2eRoomMembers',
    'query E2eRoomMembers { members { user { id email } } }',
  );
  const userId = (email: string) => {
    const member = members.find((candidate) => candidate.user.email === email);
    if (!member) {
      throw new Error(`No member ${email}`);
    }

    return member.user.id;
  };
  // A session opens 30 minutes before its start, and the demo seed keeps the
  // panel busy around now: this one was due three hours ago and never started.
  const startsAt = new Date(Date.now() - (input.hoursAgo ?? 3) * 60 * 60_000);
  startsAt.setUTCMinutes(0, 0, 0);
  const { scheduleSession } = await graphqlRequest<{
    scheduleSession: { id: string };
  }>(
    request,
    'E2eRoomSchedule',
    `mutation E2eRoomSchedule($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
    {
      input: {
        candidateId: createCandidate.id,
        kitId: createKit.id,
        startsAt: startsAt.toISOString(),
        durationMinutes: 45,
        timeZone: 'Europe/Paris',
        location: 'https://meet.example.test/room-spec',
        // Three hours ago is in the past: entered on the record, as a coordinator would.
        overrideAvailability: true,
        overrideReason: 'Entered after it was due',
        panel: [
          { userId: userId(input.lead), role: 'LEAD' },
          { userId: userId(input.coInterviewer), role: 'CO_INTERVIEWER' },
        ],
      },
    },
  );

  const toRoomQuestion = (question: (typeof picked)[number]) => ({
    id: question.id,
    prompt: question.prompt,
    followUps: question.followUps.map((followUp) => followUp.text),
  });

  return {
    sessionId: scheduleSession.id,
    questions: picked.map(toRoomQuestion),
    spare: toRoomQuestion(spare),
  };
}

/** As a panelist: rates every competency 3 ("Yes"), recommends YES and submits. */
export async function submitScorecardThroughApi(
  request: APIRequestContext,
  sessionId: string,
  summary: string,
): Promise<void> {
  const { session } = await graphqlRequest<{
    session: { scoringRubric: { competencies: { id: string }[] } };
  }>(
    request,
    'E2eRoomRubric',
    `query E2eRoomRubric($id: ID!) { session(id: $id) { scoringRubric { competencies { id } } } }`,
    { id: sessionId },
  );
  const { saveScorecard } = await graphqlRequest<{
    saveScorecard: { id: string; version: number };
  }>(
    request,
    'E2eRoomSaveScorecard',
    `mutation E2eRoomSaveScorecard($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`,
    {
      input: {
        sessionId,
        expectedVersion: 0,
        ratings: session.scoringRubric.competencies.map((competency) => ({
          competencyId: competency.id,
          level: 3,
          notAssessed: false,
          evidence: 'Clear, structured answers.',
        })),
        recommendation: 'YES',
        summary,
      },
    },
  );
  await graphqlRequest(
    request,
    'E2eRoomSubmitScorecard',
    `mutation E2eRoomSubmitScorecard($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id } }`,
    {
      input: {
        scorecardId: saveScorecard.id,
        expectedVersion: saveScorecard.version,
      },
    },
  );
}
