import { AuthSessionEntity } from '@api/modules/identity/auth-session.entity';

import { createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const ME = `{ me { user { email } } }`;
const TTL_HOURS = 24;

type CookieAttributes = { value: string; attributes: Map<string, string> };

function parseSetCookie(header: string | null): CookieAttributes {
  const [pair = '', ...rest] = (header ?? '').split(';').map((part) => part.trim());
  const attributes = new Map(
    rest.map((part) => {
      const [name = '', ...value] = part.split('=');

      return [name.toLowerCase(), value.join('=')] as const;
    }),
  );

  return { value: pair.slice(pair.indexOf('=') + 1), attributes };
}

type Body = { errors?: { extensions?: { code?: string } }[] };

async function post(testApp: TestApp, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  return fetch(`${testApp.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
}

describe('session cookie and expiry', () => {
  let development: TestApp;
  let production: TestApp;
  let plainHttpProduction: TestApp;
  let team: SeededTeam;

  const signIn = async (testApp: TestApp) => {
    const response = await post(testApp, SIGN_IN, { input: { email: team.interviewer.email, password: TEST_PASSWORD } });
    expect(response.status).toBe(200);

    return parseSetCookie(response.headers.get('set-cookie'));
  };

  beforeAll(async () => {
    // Three replicas on one database, differing only in their configuration.
    development = await startTestApp({ SESSION_TTL_HOURS: TTL_HOURS });
    production = await startTestApp({ NODE_ENV: 'production', LOG_LEVEL: 'error', SESSION_TTL_HOURS: TTL_HOURS }, development);
    plainHttpProduction = await startTestApp(
      { NODE_ENV: 'production', LOG_LEVEL: 'error', COOKIE_SECURE: false, SESSION_TTL_HOURS: TTL_HOURS },
      development,
    );
    team = await createTeam(development.dataSource, 'cookie');
  });

  afterAll(async () => {
    await plainHttpProduction?.close();
    await production?.close();
    await development?.close();
  });

  it('should set an httpOnly, SameSite=Lax, site-wide cookie without Secure outside production', async () => {
    const { value, attributes } = await signIn(development);

    expect(value).toMatch(/^[\w-]{40,}$/);
    expect(attributes.has('httponly')).toBe(true);
    expect(attributes.get('samesite')).toBe('Lax');
    expect(attributes.get('path')).toBe('/');
    expect(attributes.has('secure')).toBe(false);
  });

  it('should mark the cookie Secure in production by default', async () => {
    const { attributes } = await signIn(production);

    expect(attributes.has('secure')).toBe(true);
    expect(attributes.has('httponly')).toBe(true);
    expect(attributes.get('samesite')).toBe('Lax');
  });

  it('should leave Secure off in production when COOKIE_SECURE=false (plain-HTTP self-hosting)', async () => {
    const { attributes } = await signIn(plainHttpProduction);

    expect(attributes.has('secure')).toBe(false);
    expect(attributes.has('httponly')).toBe(true);
  });

  it('should clear the cookie on sign out with the same Secure and SameSite attributes', async () => {
    const { value } = await signIn(production);
    const response = await post(production, `mutation { signOut }`, {}, `pw_session=${value}`);
    const cleared = parseSetCookie(response.headers.get('set-cookie'));

    expect(cleared.value).toBe('');
    expect(cleared.attributes.has('secure')).toBe(true);
    expect(cleared.attributes.get('samesite')).toBe('Lax');
    expect(new Date(cleared.attributes.get('expires') ?? '').getTime()).toBeLessThan(Date.now());
  });

  it('should expire the session SESSION_TTL_HOURS after sign-in, in the cookie and in the database alike', async () => {
    const before = Date.now();
    const { attributes } = await signIn(development);
    const cookieExpires = new Date(attributes.get('expires') ?? '').getTime();
    const [session] = await development.dataSource
      .getRepository(AuthSessionEntity)
      .find({ where: { userId: team.interviewer.userId }, order: { createdAt: 'DESC' }, take: 1 });

    // The Expires attribute has whole seconds.
    expect(Math.abs(cookieExpires - (session?.expiresAt.getTime() ?? 0))).toBeLessThan(1_000);
    expect(cookieExpires).toBeGreaterThan(before + TTL_HOURS * 3_600_000 - 2_000);
    expect(cookieExpires).toBeLessThan(Date.now() + TTL_HOURS * 3_600_000 + 1_000);
  });

  it('should not extend a session that is used (absolute expiry), and refuse it once past expires_at', async () => {
    const { value } = await signIn(development);
    const cookie = `pw_session=${value}`;
    const sessions = development.dataSource.getRepository(AuthSessionEntity);
    const [session] = await sessions.find({
      where: { userId: team.interviewer.userId },
      order: { createdAt: 'DESC' },
      take: 1,
    });
    const expiresAt = session?.expiresAt.getTime();

    for (let index = 0; index < 3; index += 1) {
      const body = (await (await post(development, ME, {}, cookie)).json()) as Body;
      expect(body.errors).toBeUndefined();
    }
    expect((await sessions.findOneByOrFail({ id: session?.id })).expiresAt.getTime()).toBe(expiresAt);

    await sessions.update({ id: session?.id }, { expiresAt: new Date(Date.now() - 1_000) });
    const expired = (await (await post(development, ME, {}, cookie)).json()) as Body;

    expect(expired.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
