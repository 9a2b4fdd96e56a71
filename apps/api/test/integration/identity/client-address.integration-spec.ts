import type { AppEnv } from '@api/core/config/app-config';
import { startTestApp } from '@api-test/support/test-app';

// Issue #20, point 6: the address sign-in throttling keys on is the TCP peer's unless TRUST_PROXY
// names the proxy whose X-Forwarded-For to believe (Express's trust-proxy syntax).

const PEER = '127.0.0.1';
const FORWARDED = '198.51.100.4, 203.0.113.7';

const ROWS: { setting: Partial<AppEnv>; name: string; keyedOn: string }[] = [
  { name: 'unset (the default)', setting: {}, keyedOn: PEER },
  { name: 'false', setting: { TRUST_PROXY: 'false' }, keyedOn: PEER },
  { name: 'a subnet the peer is not in', setting: { TRUST_PROXY: '10.0.0.0/8' }, keyedOn: PEER },
  { name: 'loopback', setting: { TRUST_PROXY: 'loopback' }, keyedOn: '203.0.113.7' },
  { name: 'one hop', setting: { TRUST_PROXY: '1' }, keyedOn: '203.0.113.7' },
  { name: 'true', setting: { TRUST_PROXY: 'true' }, keyedOn: '198.51.100.4' },
];

describe('client address behind a proxy (issue #20)', () => {
  it.each(ROWS)('should throttle sign-in on $keyedOn when TRUST_PROXY is $name', async ({ setting, keyedOn }) => {
    const testApp = await startTestApp(setting);
    try {
      const response = await fetch(`${testApp.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': FORWARDED },
        body: JSON.stringify({
          query: `mutation S($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
          variables: { input: { email: 'nobody@example.test', password: 'wrong-password' } },
        }),
      });
      const keys: { key: string }[] = await testApp.dataSource.query(`SELECT key FROM login_throttle WHERE key LIKE 'address:%'`);

      expect(response.status).toBe(200);
      expect(keys.map((row) => row.key)).toEqual([`address:${keyedOn}`]);
    } finally {
      await testApp.close();
    }
  });
});
