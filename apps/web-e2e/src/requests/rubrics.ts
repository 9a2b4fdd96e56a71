import type { APIRequestContext } from '@playwright/test';

import { graphqlRequest } from './graphqlRequest';

export type ApiRubric = {
  id: string;
  name: string;
  description: string;
  defaultForKind: string | null;
  version: number;
  competencies: {
    id: string;
    name: string;
    description: string;
    anchors: { level: number; text: string }[];
  }[];
};

const RUBRIC_FIELDS = `id name description defaultForKind version
  competencies { id name description anchors { level text } }`;

export async function fetchRubricByName(
  request: APIRequestContext,
  name: string,
): Promise<ApiRubric> {
  const data = await graphqlRequest<{ rubrics: ApiRubric[] }>(
    request,
    'E2eRubrics',
    `query E2eRubrics { rubrics { ${RUBRIC_FIELDS} } }`,
  );
  const rubric = data.rubrics.find((candidate) => candidate.name === name);
  if (!rubric) {
    throw new Error(`No rubric named ${name}`);
  }

  return rubric;
}

/** Saves a new version as another session would, from `rubric.version`. */
export async function updateRubricThroughApi(
  request: APIRequestContext,
  rubric: ApiRubric,
  changes: Partial<Pick<ApiRubric, 'description'>>,
): Promise<ApiRubric> {
  const data = await graphqlRequest<{ updateRubric: ApiRubric }>(
    request,
    'E2eUpdateRubric',
    `mutation E2eUpdateRubric($input: UpdateRubricInput!) { updateRubric(input: $input) { ${RUBRIC_FIELDS} } }`,
    {
      input: {
        id: rubric.id,
        expectedVersion: rubric.version,
        name: rubric.name,
        description: changes.description ?? rubric.description,
        defaultForKind: rubric.defaultForKind,
        competencies: rubric.competencies,
      },
    },
  );

  return data.updateRubric;
}
