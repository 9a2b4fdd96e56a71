import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { INestApplication } from '@nestjs/common';
import express from 'express';

import { isApiPath, serveWebApp } from './web-app';

describe('web app routing', () => {
  it('should leave API paths to the API', () => {
    expect(['/graphql', '/health', '/calendar/abc.ics', '/exports/guides/1.md', '/sessions/1234.ics'].map(isApiPath)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('should serve the app for its own pages, session pages included, so deep links and reloads work', () => {
    expect(['/', '/sessions/1234', '/sessions/1234/room', '/sessions/1234/scorecard', '/graphqlish', '/candidates/1/review'].map(isApiPath)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe(serveWebApp.name, () => {
  let distDir: string;
  let baseUrl: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    distDir = mkdtempSync(join(tmpdir(), 'web-dist-'));
    writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>app</title>');
    mkdirSync(join(distDir, 'assets'));
    writeFileSync(join(distDir, 'assets', 'index-abc.js'), 'console.log(1);');
    // The build manifest, for the bundle-size budget: not for browsers.
    mkdirSync(join(distDir, '.vite'));
    writeFileSync(join(distDir, '.vite', 'manifest.json'), '{"index.html":{"file":"assets/index-abc.js"}}');
    const server = express();
    serveWebApp({ use: server.use.bind(server) } as unknown as INestApplication, distDir);
    const listening = server.listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => listening.close(() => resolve()));
  });

  afterAll(async () => {
    await close();
    rmSync(distDir, { recursive: true, force: true });
  });

  it('should serve the built assets', async () => {
    const response = await fetch(`${baseUrl}/assets/index-abc.js`);

    expect(response.status).toBe(200);
    await expect(response.text()).resolves.toBe('console.log(1);');
  });

  it('should not serve the build manifest under .vite/', async () => {
    const asJson = await fetch(`${baseUrl}/.vite/manifest.json`, { headers: { accept: 'application/json' } });
    const asPage = await fetch(`${baseUrl}/.vite/manifest.json`, { headers: { accept: 'text/html' } });

    expect(asJson.status).toBe(404);
    expect(asPage.headers.get('content-type')).toContain('text/html');
    await expect(asPage.text()).resolves.toContain('<title>app</title>');
  });
});
