export type GraphQLResponse<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
};

/** A browser-like GraphQL caller: keeps the session cookie between requests. */
export class GraphQLClient {
  private cookie: string | undefined;

  constructor(private readonly baseUrl: string) {}

  /** The session cookie, for other transports such as the subscription socket. */
  get cookieHeader(): string | undefined {
    return this.cookie;
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }

    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Returns data, failing the test with the errors when there are any. */
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }

    return result.data;
  }

  /** The `extensions.code` of the first error; fails when the call succeeded. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const result = await this.request(query, variables);
    if (!result.errors?.length) {
      throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    }

    return result.errors[0]?.extensions?.code;
  }

  async signIn(email: string, password: string): Promise<this> {
    await this.data(
      `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
      { input: { email, password } },
    );

    return this;
  }

  get sessionCookie(): string | undefined {
    return this.cookie;
  }
}
