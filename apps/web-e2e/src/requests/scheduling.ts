import type { APIRequestContext } from '@playwright/test';

import { graphqlRequest } from './graphqlRequest';

/** A candidate to schedule; the demo seed has none. */
export async function createCandidateThroughApi(
  request: APIRequestContext,
  input: { name: string; email: string; targetRole: string },
): Promise<{ id: string; name: string }> {
  const data = await graphqlRequest<{
    createCandidate: { id: string; name: string };
  }>(
    request,
    'E2eScheduleCreateCandidate',
    `mutation E2eScheduleCreateCandidate($input: CreateCandidateInput!) {
      createCandidate(input: $input) { id name }
    }`,
    { input },
  );

  return data.createCandidate;
}

/** An empty kit on the first seeded rubric; the demo seed has no kits. */
export async function createKitThroughApi(
  request: APIRequestContext,
  input: { name: string; targetRole: string },
): Promise<{ id: string; name: string }> {
  const { rubrics } = await graphqlRequest<{ rubrics: { id: string }[] }>(
    request,
    'E2eScheduleRubrics',
    'query E2eScheduleRubrics { rubrics { id } }',
  );
  const rubricId = rubrics[0]?.id;
  if (!rubricId) {
    throw new Error('The demo seed has no rubric');
  }
  const data = await graphqlRequest<{
    createKit: { id: string; name: string };
  }>(
    request,
    'E2eScheduleCreateKit',
    `mutation E2eScheduleCreateKit($input: CreateKitInput!) {
      createKit(input: $input) { id name }
    }`,
    { input: { ...input, rubricId, items: [] } },
  );

  return data.createKit;
}
