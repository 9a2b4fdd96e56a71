import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { freePort } from './api-process';

const run = promisify(execFile);

const INSTALL_ROOT = '/usr/lib/postgresql';
const PREFERRED_VERSION = '15';

/**
 * The folder holding initdb and pg_ctl: PostgreSQL 15 (what production and CI
 * run) when installed, else the newest installed version; null when none is.
 */
export function postgresBinaries(): string | null {
  const binOf = (version: string) => join(INSTALL_ROOT, version, 'bin');
  const hasTools = (version: string) => existsSync(join(binOf(version), 'initdb')) && existsSync(join(binOf(version), 'pg_ctl'));
  if (hasTools(PREFERRED_VERSION)) {
    return binOf(PREFERRED_VERSION);
  }
  const installed = existsSync(INSTALL_ROOT) ? readdirSync(INSTALL_ROOT).filter(hasTools) : [];
  const newest = installed.sort((a, b) => Number(b) - Number(a))[0];

  return newest ? binOf(newest) : null;
}

/**
 * PostgreSQL refuses to run as root. Tests run as root on these machines and in
 * CI (`.ci/run` installs packages with apt-get), so the cluster's files belong to,
 * and its commands run as, the `postgres` user the Debian package creates.
 */
function clusterOwner(): { uid: number; gid: number; prefix: string[] } | null {
  if (process.getuid?.() !== 0) {
    return null;
  }
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());

    return { uid, gid, prefix: ['runuser', '-u', 'postgres', '--'] };
  } catch {
    throw new Error('Running as root, and PostgreSQL will not: create a "postgres" user to run the private cluster as');
  }
}

export type StopMode = 'smart' | 'fast' | 'immediate';

const FOLDER_PREFIX = 'pw-pg-';
const OWNER_FILE = 'owner.pid';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);

    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * afterAll destroys a cluster even when its tests fail; only a test process that
 * was itself killed leaves one behind. Stop and delete those: clusters whose
 * creating process is gone (other suites' live clusters are left alone).
 */
function reapAbandonedClusters(bin: string, owner: ReturnType<typeof clusterOwner>): void {
  for (const name of readdirSync(tmpdir()).filter((entry) => entry.startsWith(FOLDER_PREFIX))) {
    const folder = join(tmpdir(), name);
    let pid: number;
    try {
      pid = Number(readFileSync(join(folder, OWNER_FILE), 'utf8'));
    } catch {
      continue; // Being created right now, or not ours.
    }
    if (!pid || isAlive(pid)) {
      continue;
    }
    if (existsSync(join(folder, 'data', 'postmaster.pid'))) {
      const [file, ...args] = [...(owner?.prefix ?? []), join(bin, 'pg_ctl'), 'stop', '-D', join(folder, 'data'), '-m', 'immediate', '-w'];
      try {
        execFileSync(file ?? 'pg_ctl', args, { stdio: 'ignore', timeout: 30_000 });
      } catch {
        // Not running any more.
      }
    }
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * A throw-away PostgreSQL cluster of the test's own (initdb into a temp folder,
 * trust auth, a free TCP port on 127.0.0.1, its socket inside the folder), so a
 * test can stop and restart the server without touching the shared one that
 * other suites use in parallel. Always `destroy()` it, in afterAll.
 */
export class PrivatePostgres {
  private constructor(
    private readonly bin: string,
    private readonly folder: string,
    private readonly owner: ReturnType<typeof clusterOwner>,
    readonly port: number,
  ) {}

  private get dataDir(): string {
    return join(this.folder, 'data');
  }

  private get logFile(): string {
    return join(this.folder, 'server.log');
  }

  /** The superuser's URL to `database`, e.g. `postgres://postgres@127.0.0.1:5433/postgres`. */
  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Creates and starts a cluster; throws when the PostgreSQL binaries are missing (check `postgresBinaries()` first). */
  static async create(): Promise<PrivatePostgres> {
    const bin = postgresBinaries();
    if (!bin) {
      throw new Error(`No PostgreSQL binaries under ${INSTALL_ROOT}/<version>/bin`);
    }
    const owner = clusterOwner();
    reapAbandonedClusters(bin, owner);
    const folder = mkdtempSync(join(tmpdir(), FOLDER_PREFIX));
    writeFileSync(join(folder, OWNER_FILE), String(process.pid));
    const cluster = new PrivatePostgres(bin, folder, owner, await freePort());
    try {
      const socketDir = join(folder, 'socket');
      mkdirSync(socketDir);
      if (owner) {
        chownSync(folder, owner.uid, owner.gid);
        chownSync(socketDir, owner.uid, owner.gid);
      }
      // Same locale and text search configuration as the shared server, so search behaves alike.
      await cluster.command('initdb', [
        '-D', cluster.dataDir,
        '-U', 'postgres',
        '--auth=trust',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--text-search-config=english',
        '--no-sync',
        '--no-instructions',
      ]);
      const settings = join(cluster.dataDir, 'postgresql.auto.conf');
      writeFileSync(
        settings,
        [
          `port = ${cluster.port}`,
          `listen_addresses = '127.0.0.1'`,
          `unix_socket_directories = '${socketDir}'`,
          'max_connections = 30',
          'shared_buffers = 16MB',
          // The tests stop the server, never the machine: the OS keeps what was written, so skip the disk flushes.
          'fsync = off',
          '',
        ].join('\n'),
      );
      if (owner) {
        chownSync(settings, owner.uid, owner.gid);
      }
      await cluster.start();
    } catch (error) {
      await cluster.destroy();
      throw error;
    }

    return cluster;
  }

  async start(): Promise<void> {
    await this.command('pg_ctl', ['start', '-D', this.dataDir, '-l', this.logFile, '-w', '-t', '30']);
  }

  /** `fast` rolls back open transactions and disconnects clients; `immediate` aborts like a crash (recovery on next start). */
  async stop(mode: StopMode = 'fast'): Promise<void> {
    await this.command('pg_ctl', ['stop', '-D', this.dataDir, '-m', mode, '-w', '-t', '30']);
  }

  /** The end of the server's log, for a failing test's message. */
  logTail(lines = 30): string {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  /** Stops the server if it runs (as a crash would: nothing to keep) and deletes the folder. */
  async destroy(): Promise<void> {
    if (existsSync(join(this.dataDir, 'postmaster.pid'))) {
      await this.command('pg_ctl', ['stop', '-D', this.dataDir, '-m', 'immediate', '-w', '-t', '30']).catch(() => undefined);
    }
    rmSync(this.folder, { recursive: true, force: true });
  }

  private async command(tool: string, args: string[]): Promise<void> {
    const [file, ...rest] = [...(this.owner?.prefix ?? []), join(this.bin, tool), ...args];
    try {
      await run(file ?? tool, rest, { timeout: 60_000 });
    } catch (error) {
      const { stderr } = error as { stderr?: string };
      throw new Error(`${tool} ${args[0] ?? ''} failed: ${stderr || (error as Error).message}\n${this.logTail()}`);
    }
  }
}
