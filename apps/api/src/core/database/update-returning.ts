import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs UPDATE … RETURNING and gives back the returned rows. TypeORM's
 * postgres driver answers UPDATE with `[rows, affectedCount]` rather than the
 * rows, which silently breaks `result.length` checks such as optimistic locks.
 */
export async function updateReturning<Row>(
  runner: DataSource | EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<Row[]> {
  const result: unknown = await runner.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as Row[];
  }

  return result as Row[];
}
