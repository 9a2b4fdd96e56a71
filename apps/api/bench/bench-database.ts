import { Client } from 'pg';

import type { DatabaseTarget } from '@api/app/database/data-source';
import { migrateDatabase } from '@api/app/database/migrate';

/** A fresh, migrated database on the benchmark server; dropped by `drop()`. */
export async function createBenchDatabase(adminUrl: string): Promise<DatabaseTarget & { drop(): Promise<void> }> {
  const name = `panelwise_bench_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const target = { url: url.toString(), poolSize: 10 };
  await migrateDatabase(target);

  return {
    ...target,
    async drop() {
      // BENCH_KEEP_DATABASE=1 leaves the data for EXPLAIN sessions in psql.
      if (process.env['BENCH_KEEP_DATABASE'] === '1') {
        process.stderr.write(`Kept database ${name}\n`);

        return;
      }
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
