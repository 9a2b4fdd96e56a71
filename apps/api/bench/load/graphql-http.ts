export type GraphQLBody = { query: string; variables: Record<string, unknown> };

export type GraphQLResult<T = Record<string, unknown>> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

/** One request to a Panelwise API; throws on transport errors and GraphQL errors. */
export async function postGraphQL<T = Record<string, unknown>>(baseUrl: string, cookie: string, body: GraphQLBody): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as GraphQLResult<T>;
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL ${response.status}: ${JSON.stringify(result.errors)}`);
  }

  return result.data;
}

export type SignedIn = { cookie: string; userId: string };

/** Signs in and returns the session cookie to send with later requests. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<SignedIn> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email, password } },
    }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const result = (await response.json()) as GraphQLResult<{ signIn: { user: { id: string } } }>;
  if (!cookie || !result.data) {
    throw new Error(`Sign-in of ${email} failed: ${response.status} ${JSON.stringify(result.errors)}`);
  }

  return { cookie, userId: result.data.signIn.user.id };
}
