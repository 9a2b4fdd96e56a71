import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { startEmbeddedPostgres } from './embedded-postgres';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe(startEmbeddedPostgres.name, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'panelwise-embedded-'));

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should keep data on disk across a restart when given a data directory', async () => {
    const first = await startEmbeddedPostgres(dataDir);
    await query(first.url, `CREATE TABLE note (body text); INSERT INTO note VALUES ('kept')`);
    await first.stop();
    const second = await startEmbeddedPostgres(dataDir);
    const rows = await query<{ body: string }>(second.url, 'SELECT body FROM note');
    await second.stop();

    expect(rows).toEqual([{ body: 'kept' }]);
  }, 60_000);

  it('should offer btree_gist, which the double-booking constraint needs', async () => {
    const database = await startEmbeddedPostgres(undefined);
    await query(database.url, 'CREATE EXTENSION IF NOT EXISTS btree_gist');
    const rows = await query<{ extname: string }>(database.url, `SELECT extname FROM pg_extension WHERE extname = 'btree_gist'`);
    await database.stop();

    expect(rows).toEqual([{ extname: 'btree_gist' }]);
  }, 60_000);
});
