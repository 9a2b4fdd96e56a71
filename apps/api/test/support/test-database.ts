import { createHash, randomUUID } from 'node:crypto';

import { Client } from 'pg';

import type { DatabaseTarget } from '@api/app/database/data-source';
import { startEmbeddedPostgres } from '@api/app/database/embedded-postgres';
import { migrateDatabase } from '@api/app/database/migrate';
import { MIGRATIONS } from '@api/app/database/migrations';

export type TestDatabase = DatabaseTarget & {
  isEmbedded: boolean;
  drop(): Promise<void>;
};

type Options = { migrated?: boolean };

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;

  return parsed.toString();
}

async function withAdminClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Template named after the migrations' source, so any changed migration builds a new one.
const TEMPLATE = `pw_template_${createHash('sha1')
  .update(MIGRATIONS.map((migration) => migration.toString()).join('\n'))
  .digest('hex')
  .slice(0, 12)}`;

async function ensureTemplate(adminUrl: string): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    // Serialises parallel test files: only the first one builds the template.
    await client.query('SELECT pg_advisory_lock(7340001)');
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
      if (exists.rowCount === 0) {
        await client.query(`CREATE DATABASE "${TEMPLATE}"`);
        try {
          await migrateDatabase({ url: withDatabase(adminUrl, TEMPLATE), poolSize: 1 });
        } catch (error) {
          await client.query(`DROP DATABASE "${TEMPLATE}"`);
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(7340001)');
    }
  });
}

/**
 * A fresh database for one test file: on the PostgreSQL server named by
 * TEST_DATABASE_URL (cloned from a migrated template), else an in-memory PGlite.
 */
export async function createTestDatabase({ migrated = true }: Options = {}): Promise<TestDatabase> {
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) {
    const embedded = await startEmbeddedPostgres(undefined);
    const target = { url: embedded.url, poolSize: embedded.maxConnections };
    if (migrated) {
      await migrateDatabase(target);
    }

    return { ...target, isEmbedded: true, drop: () => embedded.stop() };
  }
  const name = `pw_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  if (migrated) {
    await ensureTemplate(adminUrl);
  }
  await withAdminClient(adminUrl, (client) =>
    client.query(migrated ? `CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE}"` : `CREATE DATABASE "${name}"`),
  );

  return {
    url: withDatabase(adminUrl, name),
    poolSize: 10,
    isEmbedded: false,
    drop: () =>
      withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
