import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';

const API_PREFIXES = ['/graphql', '/health', '/calendar', '/exports'];
/** `/sessions/<id>` is a page of the app; only `/sessions/<id>.ics` belongs to the API. */
const isSessionCalendar = (path: string) => path.startsWith('/sessions/') && path.endsWith('.ics');

/** Paths the API answers itself; every other GET is a page of the app. */
export function isApiPath(path: string): boolean {
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)) || isSessionCalendar(path);
}

/** Serves the built React app, with index.html for client-side routes. */
export function serveWebApp(app: INestApplication, distDir: string): void {
  const root = resolve(distDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`Web app not built: ${indexFile} is missing (run the build first)`);
  }
  app.use(express.static(root, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path) || !req.accepts('html')) {
      next();

      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
}
