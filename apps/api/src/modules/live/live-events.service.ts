import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';

import { AppConfig } from '@api/core/config/app-config';

/**
 * Pub/sub for GraphQL subscriptions: in-process by default; Redis when
 * REDIS_URL is set, so every API replica hears every other replica's events.
 */
/** A slow subscriber keeps at most this many undelivered events; older ones are dropped. */
const MAX_BUFFERED_EVENTS = 1_000;

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

  /**
   * Resolves once the subscription is live (the library's own iterators only
   * subscribe on the first read, so events sent right after would be lost).
   */
  async subscribe<T>(topic: string): Promise<AsyncIterableIterator<T>> {
    const buffered: T[] = [];
    const readers: ((result: IteratorResult<T>) => void)[] = [];
    let closed = false;
    const subscriptionId = await this.engine.subscribe(topic, (payload: T) => {
      const reader = readers.shift();
      if (reader) {
        reader({ value: payload, done: false });
      } else if (buffered.push(payload) > MAX_BUFFERED_EVENTS) {
        buffered.shift();
      }
    }, {});
    const close = (): Promise<IteratorResult<T>> => {
      if (!closed) {
        closed = true;
        this.engine.unsubscribe(subscriptionId);
        for (const reader of readers.splice(0)) {
          reader({ value: undefined, done: true });
        }
      }

      return Promise.resolve({ value: undefined, done: true });
    };

    const iterator: AsyncIterableIterator<T> = {
      next: () => {
        const value = buffered.shift();
        if (value !== undefined) {
          return Promise.resolve({ value, done: false });
        }

        return closed ? Promise.resolve({ value: undefined, done: true }) : new Promise((resolve) => readers.push(resolve));
      },
      return: close,
      throw: async (error: unknown) => {
        await close();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };

    return iterator;
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.close();
  }
}
