import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';

const API_PREFIXES = ['/graphql', '/health', '/calendar', '/exports', '/sessions'];

/** Serves the built React app, with index.html for client-side routes. */
export function serveWebApp(app: INestApplication, distDir: string): void {
  const root = resolve(distDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`Web app not built: ${indexFile} is missing (run the build first)`);
  }
  app.use(express.static(root, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi || !req.accepts('html')) {
      next();

      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
}
