import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { PgBoss, type QueueOptions } from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';

import { AppConfig } from '@api/core/config/app-config';

import { poolExecutor, transactionExecutor } from './pg-executor';

export type JobHandler<T> = (data: T, attempt: { retryCount: number; retryLimit: number }) => Promise<void>;

type Definition = { options: QueueOptions; handler: JobHandler<never> };

/**
 * Background work on pg-boss over the app's own PostgreSQL pool (on the embedded
 * database that is its one connection, so pg-boss never opens a second path to
 * PGlite). Jobs are enqueued inside the caller's transaction, so a job exists
 * exactly when the change that needs it committed. Each job runs on one
 * replica; a job whose worker died is retried once it expires.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly definitions = new Map<string, Definition>();
  private readonly schedules = new Map<string, string>();
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    this.boss = new PgBoss({
      db: poolExecutor(dataSource),
      useListenNotify: false,
      supervise: config.get('JOBS_ENABLED'),
      // How soon a job whose worker died (past its expiry) is retried.
      superviseIntervalSeconds: Math.round(Math.min(60, Math.max(2, config.get('JOBS_POLL_SECONDS') * 10))),
      schedule: config.get('JOBS_ENABLED'),
      migrate: true,
    });
    this.boss.on('error', (error: Error) => this.logger.warn(`Job queue: ${error.message}`));
  }

  /** Declares a queue and its handler; call from a provider's constructor or onModuleInit. */
  define<T extends object>(name: string, options: QueueOptions, handler: JobHandler<T>): void {
    this.definitions.set(name, { options, handler });
  }

  /**
   * Runs `name` about every `seconds`, on one replica per tick. pg-boss
   * schedules by cron, so the interval is rounded to whole minutes (1 to 59).
   */
  every(name: string, seconds: number): void {
    this.schedules.set(name, `*/${Math.min(59, Math.max(1, Math.round(seconds / 60)))} * * * *`);
  }

  /** Enqueues a job through the caller's transaction. */
  async send(manager: EntityManager, name: string, data: object, startAfter?: Date): Promise<void> {
    if (!this.definitions.has(name)) {
      throw new Error(`No job queue named ${name}`);
    }
    await this.boss.send(name, data, {
      db: await transactionExecutor(manager),
      ...(startAfter ? { startAfter } : {}),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const [name, { options }] of this.definitions) {
      if (await this.boss.getQueue(name)) {
        await this.boss.updateQueue(name, options);
      } else {
        await this.boss.createQueue(name, options);
      }
    }
    if (!this.config.get('JOBS_ENABLED')) {
      return;
    }
    for (const [name, { options, handler }] of this.definitions) {
      await this.boss.work<object>(name, { pollingIntervalSeconds: this.config.get('JOBS_POLL_SECONDS') }, async ([job]) => {
        if (job) {
          await handler(job.data as never, { retryCount: job.retryCount, retryLimit: options.retryLimit ?? 2 });
        }
      });
    }
    for (const [name, cron] of this.schedules) {
      await this.boss.schedule(name, cron);
    }
    const unscheduled = (await this.boss.getSchedules()).filter((schedule) => !this.schedules.has(schedule.name));
    for (const schedule of unscheduled) {
      await this.boss.unschedule(schedule.name);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.started) {
      this.started = false;
      await this.boss.stop({ graceful: true, timeout: 10_000, close: false });
    }
  }
}
