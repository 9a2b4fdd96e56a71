import type { APIRequestContext } from '@playwright/test';

import { graphqlRequest } from './graphqlRequest';

export type ApiKit = {
  id: string;
  name: string;
  targetRole: string;
  rubricId: string;
  instructions: string;
  version: number;
  totalMinutes: number;
  items: { plannedMinutes: number; question: { id: string; prompt: string } }[];
};

const KIT_FIELDS = `id name targetRole rubricId instructions version totalMinutes
  items { plannedMinutes question { id prompt } }`;

export async function fetchKit(
  request: APIRequestContext,
  id: string,
): Promise<ApiKit> {
  const data = await graphqlRequest<{ kit: ApiKit }>(
    request,
    'E2eKit',
    `query E2eKit($id: ID!) { kit(id: $id) { ${KIT_FIELDS} } }`,
    { id },
  );

  return data.kit;
}

/** Saves the kit as another session would: from `kit.version`, with the changes applied. */
export async function updateKitThroughApi(
  request: APIRequestContext,
  kit: ApiKit,
  changes: Partial<Pick<ApiKit, 'name' | 'targetRole' | 'instructions'>> & {
    items?: { questionId: string; plannedMinutes: number }[];
  },
): Promise<ApiKit> {
  const data = await graphqlRequest<{ updateKit: ApiKit }>(
    request,
    'E2eUpdateKit',
    `mutation E2eUpdateKit($input: UpdateKitInput!) { updateKit(input: $input) { ${KIT_FIELDS} } }`,
    {
      input: {
        id: kit.id,
        expectedVersion: kit.version,
        name: changes.name ?? kit.name,
        targetRole: changes.targetRole ?? kit.targetRole,
        rubricId: kit.rubricId,
        instructions: changes.instructions ?? kit.instructions,
        items:
          changes.items ??
          kit.items.map((item) => ({
            questionId: item.question.id,
            plannedMinutes: item.plannedMinutes,
          })),
      },
    },
  );

  return data.updateKit;
}
