import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { WORKSPACE_ROOT } from './environment';

// PANELWISE_E2E_API_MAIN points at another build of the API (e.g. a release) when set.
const MAIN_JS =
  process.env['PANELWISE_E2E_API_MAIN'] ?? 'dist/apps/api/apps/api/src/main.js';
const WEB_DIST_DIR = 'dist/apps/web';
const LOG_DIR = join(WORKSPACE_ROOT, 'tmp/web-e2e');

export type RunningServer = { process: ChildProcess; logFile: string };

async function waitForHealth(
  url: string,
  server: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(
        `The API exited with code ${server.exitCode} before it was healthy`,
      );
    }
    try {
      const response = await fetch(url);
      if (response.status === 200) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/**
 * Starts the built API (serving the built web app) on an embedded, fresh
 * database: the demo team by default, or an empty install with `seedDemo: false`.
 */
export async function startServer({
  port,
  dataDir,
  seedDemo = true,
  env: extraEnv = {},
  name = 'server',
}: {
  port: number;
  dataDir: string;
  seedDemo?: boolean;
  env?: Record<string, string>;
  name?: string;
}): Promise<RunningServer> {
  for (const required of [MAIN_JS, join(WEB_DIST_DIR, 'index.html')]) {
    if (!existsSync(resolve(WORKSPACE_ROOT, required))) {
      throw new Error(
        `${required} is missing: run \`npx nx run-many -t build -p api web\` first`,
      );
    }
  }
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = join(LOG_DIR, `${name}.log`);
  const log = createWriteStream(logFile);
  // No DATABASE_URL: the API then runs its embedded PGlite in DATA_DIR.
  const env = { ...process.env };
  delete env['DATABASE_URL'];
  const server = spawn(process.execPath, [MAIN_JS], {
    cwd: WORKSPACE_ROOT,
    env: {
      ...env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      WEB_DIST_DIR,
      SEED_DEMO: String(seedDemo),
      LOG_LEVEL: 'warn',
      // The test cost of the API's own tests: production's 2^17 would spend most of a sign-in hashing.
      PASSWORD_HASH_COST: '12',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  try {
    // A loaded two-core machine (other suites running) can take over a minute to migrate and seed.
    await waitForHealth(`http://127.0.0.1:${port}/health`, server, 180_000);
  } catch (error) {
    server.kill('SIGKILL');
    throw new Error(`${(error as Error).message} (server log: ${logFile})`);
  }

  return { process: server, logFile };
}

export async function stopServer(
  server: RunningServer,
  dataDir: string,
): Promise<void> {
  if (server.process.exitCode === null) {
    const exited = new Promise<void>((done) =>
      server.process.once('exit', () => done()),
    );
    server.process.kill('SIGTERM');
    const timeout = new Promise<'timeout'>((done) =>
      setTimeout(() => done('timeout'), 5_000),
    );
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      server.process.kill('SIGKILL');
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
}
