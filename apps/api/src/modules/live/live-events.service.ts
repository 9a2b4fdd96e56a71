import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';

import { AppConfig } from '@api/config/app-config';

/**
 * Pub/sub for GraphQL subscriptions: in-process by default; Redis when
 * REDIS_URL is set, so every API replica hears every other replica's events.
 */
@Injectable()
export class LiveEventsService implements OnModuleDestroy {
  private readonly engine: PubSubEngine;
  private readonly redis: RedisPubSub | null = null;

  constructor(config: AppConfig) {
    const url = config.get('REDIS_URL');
    if (!url) {
      this.engine = new PubSub();

      return;
    }
    const logger = new Logger('LiveEvents');
    const connect = () => {
      const client = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
      client.on('error', (error: Error) => logger.warn(`Redis: ${error.message}`));

      return client;
    };
    this.redis = new RedisPubSub({ publisher: connect(), subscriber: connect() });
    this.engine = this.redis;
  }

  get transport(): 'memory' | 'redis' {
    return this.redis ? 'redis' : 'memory';
  }

  /** Delivery is best effort: a lost event costs a live update, never a write. */
  async publish<T>(topic: string, payload: T): Promise<void> {
    try {
      await this.engine.publish(topic, payload);
    } catch (error) {
      new Logger('LiveEvents').warn(`Could not publish to ${topic}: ${(error as Error).message}`);
    }
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(topic);
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.close();
  }
}
