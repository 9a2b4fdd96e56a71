import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Built once by the integration config's globalSetup (build-api.global-setup.cjs).
const MAIN = 'dist/apps/api/apps/api/src/main.js';


/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The production build of the API as a real OS process, so tests can kill it like a crash would. */
export class ApiProcess {
  private child: ChildProcess | null = null;
  private readonly webDir = mkdtempSync(join(tmpdir(), 'pw-web-'));

  private constructor(
    readonly baseUrl: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    writeFileSync(join(this.webDir, 'index.html'), '<!doctype html><title>Panelwise</title>');
  }

  static async create(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<ApiProcess> {
    const port = await freePort();

    return new ApiProcess(`http://127.0.0.1:${port}`, {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'error',
      DATABASE_POOL_SIZE: '4',
      ...env,
    });
  }

  /** The running process's id: unchanged as long as the API was not restarted. */
  get pid(): number | null {
    return this.child && this.child.exitCode === null && this.child.signalCode === null ? (this.child.pid ?? null) : null;
  }

  /** The end of what the process logged (stdout and stderr), for a failing test's message. */
  logTail(lines = 40): string {
    try {
      return readFileSync(join(this.webDir, 'api.log'), 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  async start(): Promise<void> {
    if (!existsSync(MAIN)) {
      throw new Error(`${MAIN} is missing: the integration config's globalSetup builds it`);
    }
    const log = openSync(join(this.webDir, 'api.log'), 'a');
    this.child = spawn(process.execPath, [MAIN], {
      env: { ...this.env, WEB_DIST_DIR: this.webDir },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    const child = this.child;
    const deadline = Date.now() + 90_000;
    let lastAnswer = 'no answer';
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`The API exited (${child.exitCode ?? child.signalCode}) while starting; its log:\n${this.logTail()}`);
      }
      try {
        const answer = await fetch(`${this.baseUrl}/health`);
        if (answer.ok) {
          return;
        }
        lastAnswer = `HTTP ${answer.status}`;
      } catch (error) {
        lastAnswer = String((error as Error).cause ?? error);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`The API did not become healthy within 90 s (last: ${lastAnswer}); its log:\n${this.logTail()}`);
  }

  /** SIGKILL: no shutdown hooks, no flushing, exactly like a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    // A killed process has no exit code, only a signal.
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    // A killed process has no exit code, only a signal.
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  }
}
