import { rmSync } from 'node:fs';

import { e2eEnvironment, SCREENSHOTS_DIR } from './environment';
import { startServer, stopServer } from './server';

/** Starts the server once for the run; the returned function stops it afterwards. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const { port, dataDir } = e2eEnvironment();
  rmSync(SCREENSHOTS_DIR, { recursive: true, force: true });
  const started = Date.now();
  const server = await startServer({ port, dataDir });
  console.log(
    `Panelwise API (embedded database) ready on port ${port} in ${Date.now() - started} ms`,
  );

  return () => stopServer(server, dataDir);
}
