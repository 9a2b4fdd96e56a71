import { Client } from 'pg';

export type RecordedStatement = { text: string; values: unknown[] };

type QueryConfigLike = { text?: string; values?: unknown[] };

/**
 * Counts and records every statement sent through `pg` in this process: the
 * pg-level view of what one request costs, below TypeORM and DataLoader.
 */
export class SqlRecorder {
  private recording: RecordedStatement[] | null = null;
  private readonly prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  private readonly originalQuery = this.prototype.query;

  install(): void {
    const record = (config: unknown, values: unknown) => this.record(config, values);
    const original = this.originalQuery;
    this.prototype.query = function recordedQuery(this: Client, ...args: unknown[]) {
      record(args[0], args[1]);

      return original.apply(this, args);
    };
  }

  uninstall(): void {
    this.prototype.query = this.originalQuery;
  }

  /** Runs `work` alone and returns the statements it sent. */
  async during(work: () => Promise<unknown>): Promise<RecordedStatement[]> {
    this.recording = [];
    try {
      await work();

      return this.recording;
    } finally {
      this.recording = null;
    }
  }

  private record(config: unknown, values: unknown): void {
    if (!this.recording) {
      return;
    }
    if (typeof config === 'string') {
      this.recording.push({ text: config, values: Array.isArray(values) ? values : [] });
    } else if (config && typeof config === 'object') {
      const query = config as QueryConfigLike;
      this.recording.push({ text: query.text ?? '', values: query.values ?? (Array.isArray(values) ? values : []) });
    }
  }
}
