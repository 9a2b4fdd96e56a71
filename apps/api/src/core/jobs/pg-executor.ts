import type { Pool, PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

type Executor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

/** pg-boss's view of the app's pool (node-postgres answers `{ rows }` as pg-boss expects). */
export function poolExecutor(dataSource: DataSource): Executor {
  return {
    executeSql: (text, values) => (dataSource.driver as unknown as { master: Pool }).master.query(text, values),
  };
}

/** pg-boss's view of the connection holding the caller's open transaction. */
export async function transactionExecutor(manager: EntityManager): Promise<Executor> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    throw new Error('Jobs are enqueued inside a transaction');
  }
  const client = (await runner.connect()) as PoolClient;

  return { executeSql: (text, values) => client.query(text, values) };
}
