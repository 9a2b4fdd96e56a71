import type { EntityManager } from 'typeorm';

/** What runs a statement: a DataSource, an EntityManager or a transaction's manager. */
export type SqlRunner = Pick<EntityManager, 'query'>;
