import type { APIRequestContext } from '@playwright/test';

import { graphqlRequest } from './graphqlRequest';

export type ReviewCompetency = { id: string; name: string };

export type SeededReview = {
  candidateId: string;
  /** The session the three panelists scored. */
  sessionId: string;
  /** A second, ended session whose lead has not submitted. */
  unscoredSessionId: string;
  competencies: ReviewCompetency[];
  /** The scale's ends: ratings there need evidence. */
  lowest: number;
  highest: number;
};

/**
 * As a coordinator: a candidate, an empty kit on the "Technical interview"
 * rubric and two sessions that have already ended (scorecards open once the
 * start has passed). The first seats `lead`, `coInterviewer` and `thirdPanelist`
 * (emails); the second only `lead` of `unscored`.
 */
export async function seedReviewSessionsThroughApi(
  request: APIRequestContext,
  input: {
    candidate: { name: string; email: string; targetRole: string };
    kitName: string;
    lead: string;
    coInterviewer: string;
    thirdPanelist: string;
    unscored: string;
    /** How many days ago the two sessions took place; specs sharing panelists pick days of their own. */
    daysAgo?: [number, number];
  },
): Promise<SeededReview> {
  const [scoredDaysAgo, unscoredDaysAgo] = input.daysAgo ?? [40, 38];
  const { rubrics } = await graphqlRequest<{
    rubrics: { id: string; name: string }[];
  }>(
    request,
    'E2eReviewRubrics',
    'query E2eReviewRubrics { rubrics { id name } }',
  );
  const rubric = rubrics.find(
    (candidate) => candidate.name === 'Technical interview',
  );
  if (!rubric) {
    throw new Error('No "Technical interview" rubric');
  }
  const { createKit } = await graphqlRequest<{ createKit: { id: string } }>(
    request,
    'E2eReviewCreateKit',
    `mutation E2eReviewCreateKit($input: CreateKitInput!) { createKit(input: $input) { id } }`,
    {
      input: {
        name: input.kitName,
        targetRole: input.candidate.targetRole,
        rubricId: rubric.id,
        items: [],
      },
    },
  );
  const { createCandidate } = await graphqlRequest<{
    createCandidate: { id: string };
  }>(
    request,
    'E2eReviewCreateCandidate',
    `mutation E2eReviewCreateCandidate($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
    { input: input.candidate },
  );
  const { members } = await graphqlRequest<{
    members: { user: { id: string; email: string } }[];
  }>(
    request,
    'E2eReviewMembers',
    'query E2eReviewMembers { members { user { id email } } }',
  );
  const userId = (email: string) => {
    const member = members.find((candidate) => candidate.user.email === email);
    if (!member) {
      throw new Error(`No member ${email}`);
    }

    return member.user.id;
  };

  // Weeks ago, at dawn: clear of the demo sessions and of other specs' bookings.
  const schedule = async (
    daysAgo: number,
    panel: { userId: string; role: string }[],
  ): Promise<string> => {
    const startsAt = new Date(Date.now() - daysAgo * 86_400_000);
    startsAt.setUTCHours(4, 0, 0, 0);
    const { scheduleSession } = await graphqlRequest<{
      scheduleSession: { id: string };
    }>(
      request,
      'E2eReviewSchedule',
      `mutation E2eReviewSchedule($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
      {
        input: {
          candidateId: createCandidate.id,
          kitId: createKit.id,
          startsAt: startsAt.toISOString(),
          durationMinutes: 45,
          timeZone: 'Europe/Paris',
          location: 'https://meet.example.test/review-spec',
          // A session days ago: entered on the record, as a coordinator would.
          overrideAvailability: true,
          overrideReason: 'Entered after it took place',
          panel,
        },
      },
    );

    return scheduleSession.id;
  };
  const sessionId = await schedule(scoredDaysAgo, [
    { userId: userId(input.lead), role: 'LEAD' },
    { userId: userId(input.coInterviewer), role: 'CO_INTERVIEWER' },
    { userId: userId(input.thirdPanelist), role: 'CO_INTERVIEWER' },
  ]);
  const unscoredSessionId = await schedule(unscoredDaysAgo, [
    { userId: userId(input.unscored), role: 'LEAD' },
  ]);

  const { session } = await graphqlRequest<{
    session: {
      scoringRubric: {
        competencies: ReviewCompetency[];
        scale: { level: number }[];
      };
    };
  }>(
    request,
    'E2eReviewRubric',
    `query E2eReviewRubric($id: ID!) { session(id: $id) { scoringRubric { competencies { id name } scale { level } } } }`,
    { id: sessionId },
  );
  const levels = session.scoringRubric.scale.map((step) => step.level);

  return {
    candidateId: createCandidate.id,
    sessionId,
    unscoredSessionId,
    competencies: session.scoringRubric.competencies,
    lowest: Math.min(...levels),
    highest: Math.max(...levels),
  };
}

export type RatingInput = {
  competencyId: string;
  level: number | null;
  evidence: string;
};

/** As a panelist: saves the given ratings (null level = not assessed) and submits. */
export async function submitReviewScorecardThroughApi(
  request: APIRequestContext,
  input: {
    sessionId: string;
    ratings: RatingInput[];
    recommendation: 'STRONG_NO' | 'NO' | 'YES' | 'STRONG_YES';
    summary: string;
  },
): Promise<void> {
  const { saveScorecard } = await graphqlRequest<{
    saveScorecard: { id: string; version: number };
  }>(
    request,
    'E2eReviewSaveScorecard',
    `mutation E2eReviewSaveScorecard($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`,
    {
      input: {
        sessionId: input.sessionId,
        expectedVersion: 0,
        ratings: input.ratings.map((rating) => ({
          competencyId: rating.competencyId,
          level: rating.level,
          notAssessed: rating.level === null,
          evidence: rating.evidence,
        })),
        questionRatings: [],
        recommendation: input.recommendation,
        summary: input.summary,
      },
    },
  );
  await graphqlRequest(
    request,
    'E2eReviewSubmitScorecard',
    `mutation E2eReviewSubmitScorecard($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id } }`,
    {
      input: {
        scorecardId: saveScorecard.id,
        expectedVersion: saveScorecard.version,
      },
    },
  );
}
