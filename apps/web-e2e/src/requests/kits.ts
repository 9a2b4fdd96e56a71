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

/** Bank questions as a coordinator reads them, with their guide. */
export async function bankQuestionsThroughApi(
  request: APIRequestContext,
  first: number,
): Promise<
  { id: string; prompt: string; guide: { id: string; title: string } }[]
> {
  const data = await graphqlRequest<{
    questions: {
      edges: {
        node: {
          id: string;
          prompt: string;
          guide: { id: string; title: string };
        };
      }[];
    };
  }>(
    request,
    'E2eBankQuestions',
    `query E2eBankQuestions($first: Int!) { questions(first: $first) { edges { node { id prompt guide { id title } } } } }`,
    { first },
  );

  return data.questions.edges.map((edge) => edge.node);
}

/** A kit of the given questions (10 minutes each), scored with the first rubric. */
export async function createKitThroughApi(
  request: APIRequestContext,
  name: string,
  questionIds: string[],
): Promise<{ id: string }> {
  const { rubrics } = await graphqlRequest<{ rubrics: { id: string }[] }>(
    request,
    'E2eRubricIds',
    `query E2eRubricIds { rubrics { id } }`,
  );
  const data = await graphqlRequest<{ createKit: { id: string } }>(
    request,
    'E2eCreateKit',
    `mutation E2eCreateKit($input: CreateKitInput!) { createKit(input: $input) { id } }`,
    {
      input: {
        name,
        targetRole: 'Engineer',
        rubricId: rubrics[0]?.id,
        items: questionIds.map((questionId) => ({
          questionId,
          plannedMinutes: 10,
        })),
      },
    },
  );

  return data.createKit;
}
