import { PgBoss } from 'pg-boss';
import type { DataSource } from 'typeorm';

import { poolExecutor } from '@api/core/jobs/pg-executor';

import { createDataSource, type DatabaseTarget } from './data-source';

async function withDataSource<T>(target: DatabaseTarget, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = createDataSource(target);
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * The job queue's own tables live in the `pgboss` schema, created and upgraded
 * by pg-boss's migrations (TypeORM neither generates nor touches them).
 */
async function installJobQueueSchema(dataSource: DataSource): Promise<void> {
  const boss = new PgBoss({ db: poolExecutor(dataSource), supervise: false, schedule: false, migrate: true });
  await boss.start();
  await boss.stop({ graceful: false, close: false });
}

/** Applies pending migrations (the app's, then the job queue's); returns the names applied. */
export function migrateDatabase(target: DatabaseTarget): Promise<string[]> {
  return withDataSource(target, async (dataSource) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await installJobQueueSchema(dataSource);

    return applied.map((migration) => migration.name);
  });
}

async function appliedCount(dataSource: DataSource): Promise<number> {
  const rows: { count: number }[] = await dataSource.query(
    `SELECT count(*)::int AS count FROM typeorm_migration`,
  );

  return rows[0]?.count ?? 0;
}

/** Reverts the latest applied migration; returns its name, or null when none is applied. */
export function revertLastMigration(target: DatabaseTarget): Promise<string | null> {
  return withDataSource(target, async (dataSource) => {
    if ((await appliedCount(dataSource)) === 0) {
      return null;
    }
    const rows: { name: string }[] = await dataSource.query(
      `SELECT name FROM typeorm_migration ORDER BY id DESC LIMIT 1`,
    );
    await dataSource.undoLastMigration({ transaction: 'each' });

    return rows[0]?.name ?? null;
  });
}

/** Reverts every applied migration, newest first; returns how many. */
export function revertAllMigrations(target: DatabaseTarget): Promise<number> {
  return withDataSource(target, async (dataSource) => {
    let reverted = 0;
    while ((await appliedCount(dataSource)) > 0) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      reverted += 1;
    }

    return reverted;
  });
}
