import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { createApp } from '@api/app/app.factory';
import { startEmbeddedPostgres } from '@api/app/database/embedded-postgres';
import { migrateDatabase } from '@api/app/database/migrate';
import { printAppSchema } from '@api/app/graphql/print-schema';
import { AppConfig } from '@api/core/config/app-config';

/** Writes apps/api/schema.gql from the code-first resolvers. */
async function writeSchema(): Promise<void> {
  const database = await startEmbeddedPostgres(undefined);
  // Booting runs start-up work (first-run check, job queue) that needs the schema.
  await migrateDatabase({ url: database.url, poolSize: database.maxConnections });
  const app = await createApp({
    config: AppConfig.forTest(),
    database: { url: database.url, poolSize: database.maxConnections, isEmbedded: true },
  });
  await app.init();
  const target = resolve(process.argv[2] ?? 'apps/api/schema.gql');
  writeFileSync(target, printAppSchema(app));
  await app.close();
  await database.stop();
  process.stdout.write(`Wrote ${target}\n`);
}

void writeSchema();
