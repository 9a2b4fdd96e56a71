import { spawn } from 'node:child_process';

import { Client } from 'pg';

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${errors.trim()}`))));
  });
}

/** A consistent snapshot of the whole database in pg_dump's custom format (compressed, restorable table by table). */
export function backupDatabase(url: string, file: string): Promise<void> {
  return run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]);
}

/** Restores a backup into the database at `url`, replacing what is there, in one transaction. */
export function restoreDatabase(url: string, file: string): Promise<void> {
  return run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', `--dbname=${url}`, file]);
}

export type DatabaseFingerprint = { rows: Record<string, number>; checksum: string };

/** Row counts per table and one checksum over every row's content, to compare a restore with its source. */
export async function fingerprintDatabase(url: string): Promise<DatabaseFingerprint> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const rows: Record<string, number> = {};
    const digests: string[] = [];
    for (const { name } of tables.rows) {
      const result = await client.query<{ count: number; digest: string | null }>(
        `SELECT count(*)::int AS count, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM ${name} t`,
      );
      rows[name] = result.rows[0]?.count ?? 0;
      digests.push(`${name}:${result.rows[0]?.digest ?? ''}`);
    }
    const total = await client.query<{ checksum: string }>(`SELECT md5($1) AS checksum`, [digests.join('\n')]);

    return { rows, checksum: total.rows[0]?.checksum ?? '' };
  } finally {
    await client.end();
  }
}
