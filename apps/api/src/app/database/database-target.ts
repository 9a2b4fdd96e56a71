import type { AppConfig } from '@api/core/config/app-config';

import type { DatabaseTarget } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export type ResolvedDatabase = DatabaseTarget & {
  isEmbedded: boolean;
  stop(): Promise<void>;
};

/** DATABASE_URL when set; otherwise PGlite persisted under DATA_DIR. */
export async function resolveDatabase(config: AppConfig): Promise<ResolvedDatabase> {
  const url = config.get('DATABASE_URL');
  if (url) {
    return {
      url,
      poolSize: config.get('DATABASE_POOL_SIZE'),
      isEmbedded: false,
      stop: () => Promise.resolve(),
    };
  }
  const embedded = await startEmbeddedPostgres(config.get('DATA_DIR'));

  return {
    url: embedded.url,
    poolSize: embedded.maxConnections,
    isEmbedded: true,
    stop: () => embedded.stop(),
  };
}
