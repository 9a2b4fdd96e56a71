import type { DataSource, EntityManager } from 'typeorm';

import { DomainError } from '@api/core/domain-error';

/** Where a versioned record lives: its table and the condition naming it (names come from code, never from input). */
export type VersionedRecord = {
  table: string;
  where: string;
  parameters: unknown[];
  /** More of the stored record for the client to merge with, as detail name → column (e.g. a note's text). */
  alsoReport?: Record<string, string>;
};

/**
 * The CONFLICT for a conditional write (`… WHERE version = $expected`) that
 * changed nothing, carrying `currentVersion` as stored now. It is read after
 * the failed write, not before it: a write that waited on a concurrent one
 * sees its version only once that one has committed, so a version read
 * earlier is the one both started from (issue #20). `currentVersion` is 0
 * when the record is gone.
 */
export async function versionConflict(
  runner: DataSource | EntityManager,
  record: VersionedRecord,
  message: string,
  details: Record<string, unknown> = {},
): Promise<DomainError> {
  const reported = Object.entries(record.alsoReport ?? {});
  const columns = ['version', ...reported.map(([detail, column]) => `${column} AS "${detail}"`)].join(', ');
  const [row]: ({ version: number } & Record<string, unknown>)[] = await runner.query(
    `SELECT ${columns} FROM ${record.table} WHERE ${record.where}`,
    record.parameters,
  );
  const stored = Object.fromEntries(reported.map(([detail]) => [detail, row?.[detail] ?? null]));

  return new DomainError('CONFLICT', message, { field: 'expectedVersion', currentVersion: row?.version ?? 0, ...stored, ...details });
}
