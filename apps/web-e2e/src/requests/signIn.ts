import type { APIRequestContext } from '@playwright/test';

import { DEMO_PASSWORD } from '@e2e/support/environment';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }`;

/**
 * Signs in through the API so the request context (and any storageState taken
 * from it) carries the session cookie, without driving the login form.
 */
export async function signInThroughApi(
  request: APIRequestContext,
  email: string,
): Promise<void> {
  const response = await request.post('/graphql', {
    data: {
      operationName: 'SignIn',
      query: SIGN_IN,
      variables: { input: { email, password: DEMO_PASSWORD } },
    },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (!response.ok() || body.errors) {
    throw new Error(
      `Sign-in as ${email} failed: ${JSON.stringify(body.errors ?? response.status())}`,
    );
  }
}
