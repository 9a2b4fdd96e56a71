/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
// The API to proxy to in dev; override when it runs elsewhere.
const apiTarget = process.env['PANELWISE_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root: projectRoot,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react()],
  resolve: {
    alias: {
      '@web': fileURLToPath(new URL('./src', import.meta.url)),
      // Shared rules (scorecard validation) the API enforces too.
      '@panelwise/domain-scorecard': fileURLToPath(
        new URL('../../libs/domain/scorecard/src/index.ts', import.meta.url),
      ),
    },
  },
  server: {
    port: 4200,
    host: 'localhost',
    proxy: {
      // ws: subscriptions (the interview room's live activity) share /graphql.
      '/graphql': { target: apiTarget, changeOrigin: false, ws: true },
      '/health': { target: apiTarget, changeOrigin: false },
      // Guide Markdown downloads (GET /exports/guides/<id>.md).
      '/exports': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    port: 4300,
    host: 'localhost',
    proxy: {
      // ws: subscriptions (the interview room's live activity) share /graphql.
      '/graphql': { target: apiTarget, changeOrigin: false, ws: true },
      '/health': { target: apiTarget, changeOrigin: false },
      // Guide Markdown downloads (GET /exports/guides/<id>.md).
      '/exports': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: false,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than app code: separate chunks cache longer.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/,
            },
            {
              name: 'mantine',
              // Not @mantine/charts: the charts (and recharts) load with the
              // pages that draw them.
              test: /node_modules[\\/](@mantine[\\/](?!charts[\\/])|@floating-ui[\\/])/,
            },
          ],
        },
      },
    },
  },
  test: {
    name: 'web',
    root: projectRoot,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/testing/setupTests.ts'],
    restoreMocks: true,
    // Typing through user-event is slow on a loaded CI machine.
    testTimeout: 20_000,
    css: false,
  },
});
