import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

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

/** A server under load, in its own process, so its memory and CPU are its own. */
export class ServerProcess {
  private constructor(
    readonly baseUrl: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(script: string, env: NodeJS.ProcessEnv, readyPath: string): Promise<ServerProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, NODE_OPTIONS: '', ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const server = new ServerProcess(`http://127.0.0.1:${port}`, child);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(`${script} exited with ${child.exitCode}`);
      }
      try {
        // Any answer means listening; /health must also say the database is up.
        const response = await fetch(`${server.baseUrl}${readyPath}`);
        if (readyPath !== '/health' || response.ok) {
          return server;
        }
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    child.kill('SIGKILL');
    throw new Error(`${script} did not answer within 60 s`);
  }

  /** The process's peak resident memory so far (VmHWM), in MB. */
  peakMemoryMb(): number {
    return this.memoryMb('VmHWM');
  }

  /** The process's resident memory now (VmRSS), in MB. */
  residentMemoryMb(): number {
    return this.memoryMb('VmRSS');
  }

  private memoryMb(field: 'VmHWM' | 'VmRSS'): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kilobytes = Number(new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(status)?.[1] ?? 0);

    return Math.round(kilobytes / 1024);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) {
      return;
    }
    await new Promise((resolve) => {
      this.child.once('exit', resolve);
      this.child.kill('SIGTERM');
    });
  }
}
