import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedPostgres = {
  url: string;
  /** PGlite is one database session: a bigger client pool breaks it. */
  maxConnections: number;
  stop(): Promise<void>;
};

/**
 * Starts PGlite in this process and exposes it over the PostgreSQL wire
 * protocol on a loopback port, so the ordinary `pg` driver, TypeORM and the
 * migrations work unchanged. `dataDir` undefined means in-memory.
 */
export async function startEmbeddedPostgres(
  dataDir: string | undefined,
): Promise<EmbeddedPostgres> {
  let location = 'memory://';
  if (dataDir) {
    location = resolve(dataDir);
    mkdirSync(location, { recursive: true });
  }
  const db = await PGlite.create(location, { extensions: { btree_gist } });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    // Room for a closing client and its successor to overlap; the pool itself
    // stays at one connection (see maxConnections below).
    maxConnections: 8,
  });
  await server.start();
  const port = server.getServerConn().split(':').pop();

  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    maxConnections: 1,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
