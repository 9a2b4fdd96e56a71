import { DataSource, type DataSourceOptions } from 'typeorm';

import { ENTITIES } from './entities';
import { MIGRATIONS } from '@api/app/database/migrations';
import { SnakeNamingStrategy } from '@api/core/database/snake-naming.strategy';

export type DatabaseTarget = {
  url: string;
  poolSize: number;
};

/** The single source of TypeORM options, for Nest, the CLI and tests. */
export function buildDataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    poolSize: target.poolSize,
    extra: { max: target.poolSize, connectionTimeoutMillis: 10_000 },
  };
}

export function createDataSource(target: DatabaseTarget): DataSource {
  return new DataSource(buildDataSourceOptions(target));
}
