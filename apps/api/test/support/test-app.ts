import type { AddressInfo } from 'node:net';

import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { createApp } from '@api/app/app.factory';
import { AppConfig, type AppEnv } from '@api/core/config/app-config';

import { GraphQLClient } from './graphql-client';
import { createTestDatabase, type TestDatabase } from './test-database';

export type TestApp = {
  app: INestApplication;
  baseUrl: string;
  dataSource: DataSource;
  database: TestDatabase;
  client(): GraphQLClient;
  close(): Promise<void>;
};

/**
 * Boots the real Nest app on a random port against a fresh database, or
 * against `shared.database` as a second replica (which leaves it in place on close).
 */
export async function startTestApp(overrides: Partial<AppEnv> = {}, shared?: { database: TestDatabase }): Promise<TestApp> {
  const database = shared?.database ?? (await createTestDatabase());
  // Reminders run on demand and mail is not delivered, unless a test turns the workers on.
  const config = AppConfig.forTest({ REMINDER_INTERVAL_SECONDS: 0, JOBS_ENABLED: false, ...overrides });
  const app = await createApp({ config, database });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    app,
    baseUrl,
    dataSource: app.get(DataSource),
    database,
    client: () => new GraphQLClient(baseUrl),
    async close() {
      await app.close();
      if (!shared) {
        await database.drop();
      }
    },
  };
}
