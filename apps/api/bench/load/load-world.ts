import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { DatabaseTarget } from '@api/app/database/data-source';
import { createDataSource } from '@api/app/database/data-source';

import { createBenchDatabase } from '@api-bench/bench-database';
import { generateScaleDataset, type ScaleDataset } from '@api-bench/scale';
import { Callers } from './callers';
import { type LoadFixture, toLoadFixture } from './load-fixture';
import { ServerProcess } from './server-process';
import { WebOperations } from './web-operations';

const API_MAIN = 'dist/apps/api/apps/api/src/main.js';

/** A generated team on a fresh database, served by the production build of the API in its own process. */
export type LoadWorld = {
  database: DatabaseTarget;
  dataset: ScaleDataset;
  fixture: LoadFixture;
  api: ServerProcess;
  web: WebOperations;
  callers: Callers;
  /** A scratch folder for this run. */
  workDir: string;
  close(): Promise<void>;
};

export async function openLoadWorld(adminUrl: string, scenario: string, options: { seed: number; scale: number }): Promise<LoadWorld> {
  process.stderr.write(`${scenario}: fresh database on ${new URL(adminUrl).host}, scale ${options.scale}, seed ${options.seed}\n`);
  const database = await createBenchDatabase(adminUrl);
  let api: ServerProcess | null = null;
  try {
    const dataSource = createDataSource(database);
    await dataSource.initialize();
    const dataset = await generateScaleDataset(dataSource, options).finally(() => dataSource.destroy());
    const fixture = toLoadFixture(dataset, options.seed);
    const workDir = mkdtempSync(join(tmpdir(), `pw-bench-${scenario}-`));
    writeFileSync(join(workDir, 'index.html'), '<!doctype html><title>Panelwise</title>');
    api = await ServerProcess.start(
      API_MAIN,
      { NODE_ENV: 'production', DATABASE_URL: database.url, DATABASE_POOL_SIZE: '10', LOG_LEVEL: 'error', SEED_DEMO: 'false', WEB_DIST_DIR: workDir, COOKIE_SECURE: 'false' },
      '/health',
    );
    const server = api;
    const passwordFor = (email: string) => (email === fixture.coordinator.email ? fixture.coordinator.password : fixture.interviewerPassword);

    return {
      database,
      dataset,
      fixture,
      api: server,
      web: new WebOperations(),
      callers: new Callers(server.baseUrl, passwordFor),
      workDir,
      async close() {
        await server.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await api?.stop();
    await database.drop();
    throw error;
  }
}
