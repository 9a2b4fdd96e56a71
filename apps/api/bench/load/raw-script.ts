import type { RecordedStatement } from './sql-recorder';

/**
 * What the raw baseline replays: the exact statements the API sent for one
 * request. Reads replay a recorded variant as is; writes swap the recorded
 * request's own values (ids, version, text) for the new request's.
 */
export type RawScripts = {
  reads: Record<string, RecordedStatement[][]>;
  /**
   * The slot finder's work is mostly the search itself, not SQL: the raw baseline runs the
   * same search (libs/domain/scheduling) on the rows, per variant, so the ratio measures the
   * framework rather than the algorithm.
   */
  slotSearches: { operation: string; inputs: Record<string, unknown>[] } | null;
  writes: Record<string, { statements: RecordedStatement[]; identity: Record<string, unknown>; resultStatement: number }>;
};

export function bindIdentity(
  statements: RecordedStatement[],
  recorded: Record<string, unknown>,
  actual: Record<string, unknown>,
): RecordedStatement[] {
  const replacements = new Map<unknown, unknown>(Object.keys(recorded).map((key) => [recorded[key], actual[key]]));

  return statements.map((statement) => ({
    text: statement.text,
    values: statement.values.map((value) => (replacements.has(value) ? replacements.get(value) : value)),
  }));
}
