import type { APIRequestContext } from '@playwright/test';

import { graphqlRequest } from './graphqlRequest';

export type NewCandidate = {
  name: string;
  email?: string;
  targetRole?: string;
  notes?: string;
};

export async function createCandidateThroughApi(
  request: APIRequestContext,
  candidate: NewCandidate,
): Promise<{ id: string; name: string }> {
  const data = await graphqlRequest<{
    createCandidate: { id: string; name: string };
  }>(
    request,
    'E2eCreateCandidate',
    `mutation E2eCreateCandidate($input: CreateCandidateInput!) { createCandidate(input: $input) { id name } }`,
    { input: candidate },
  );

  return data.createCandidate;
}
