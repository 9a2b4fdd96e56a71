import { startTestApp, type TestApp } from '@api-test/support/test-app';

describe('GET /health', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should report the database as up when it answers', async () => {
    const response = await fetch(`${testApp.baseUrl}/health`);

    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toMatchObject({
      status: 'ok',
      database: { status: 'up', kind: testApp.database.isEmbedded ? 'embedded' : 'server' },
    });
  });

  it('should send security headers', async () => {
    const response = await fetch(`${testApp.baseUrl}/health`);

    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
