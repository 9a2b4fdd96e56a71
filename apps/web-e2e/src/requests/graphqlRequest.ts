import type { APIRequestContext } from '@playwright/test';

type GraphqlError = {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
};

/** Posts one operation to /graphql with the context's session; throws on any error. */
export async function graphqlRequest<TData>(
  request: APIRequestContext,
  operationName: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<TData> {
  const response = await request.post('/graphql', {
    data: { operationName, query, variables },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as {
    data?: TData;
    errors?: GraphqlError[];
  };
  if (!response.ok() || body.errors || !body.data) {
    throw new Error(
      `${operationName} failed: ${JSON.stringify(body.errors ?? response.status())}`,
    );
  }

  return body.data;
}
