import type { EntityManager } from 'typeorm';

import { ProgressBar } from '@api/cli/progress';

/** An input column of a bulk insert: its name and PostgreSQL type (`uuid`, `text`, `timestamptz`, an enum...). */
export type InputColumn = readonly [name: string, type: string];

export type BulkTableSpec = {
  table: string;
  columns: readonly InputColumn[];
  /** Target columns and the SELECT list over the unnested input, when they differ from the input columns. */
  target?: { columns: readonly string[]; select: string };
};

const BATCH_ROWS = 5_000;

/** Counts a phase's rows on one progress bar on stderr. */
export class PhaseProgress {
  private readonly bar: ProgressBar;
  private done = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {
    this.bar = new ProgressBar(Math.max(total, 1));
  }

  add(rows: number): void {
    this.done = Math.min(this.total, this.done + rows);
    this.bar.tick(this.done, this.label);
  }

  finish(): void {
    this.done = this.total;
    this.bar.tick(Math.max(this.total, 1), this.label);
  }
}

/**
 * Multi-row inserts through `INSERT ... SELECT ... FROM unnest($1::uuid[], ...)`:
 * one statement per batch of rows, column arrays as parameters, every
 * constraint and trigger of the table applying as to any insert.
 */
export class BulkInsert {
  private readonly values: unknown[][];
  private readonly sql: string;
  private pending = 0;
  inserted = 0;

  /**
   * `parents` are inserts this table references: they flush first, so a
   * batch never points at a row still waiting in another buffer.
   */
  constructor(
    private readonly manager: EntityManager,
    spec: BulkTableSpec,
    private readonly progress: PhaseProgress | null = null,
    private readonly parents: BulkInsert[] = [],
  ) {
    this.values = spec.columns.map(() => []);
    const names = spec.columns.map(([name]) => `"${name}"`).join(', ');
    const arrays = spec.columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
    const target = spec.target ? spec.target.columns.map((name) => `"${name}"`).join(', ') : names;
    const select = spec.target ? spec.target.select : names;
    this.sql = `INSERT INTO "${spec.table}" (${target}) SELECT ${select} FROM unnest(${arrays}) AS u(${names})`;
  }

  async add(...row: unknown[]): Promise<void> {
    if (row.length !== this.values.length) {
      throw new Error(`Expected ${this.values.length} values, got ${row.length}: ${this.sql.slice(0, 60)}`);
    }
    for (let index = 0; index < row.length; index += 1) {
      const value = row[index];
      (this.values[index]).push(value instanceof Date ? value.toISOString() : (value ?? null));
    }
    this.pending += 1;
    if (this.pending >= BATCH_ROWS) {
      await this.flush();
    }
  }

  async flush(): Promise<void> {
    if (!this.pending) {
      return;
    }
    for (const parent of this.parents) {
      await parent.flush();
    }
    await this.manager.query(this.sql, this.values);
    this.inserted += this.pending;
    this.progress?.add(this.pending);
    this.pending = 0;
    for (const column of this.values) {
      column.length = 0;
    }
  }
}
