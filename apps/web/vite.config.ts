/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { graphqlDocumentsPlugin } from './scripts/graphqlDocumentsPlugin';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
// The API to proxy to in dev; override when it runs elsewhere.
const apiTarget = process.env['PANELWISE_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root: projectRoot,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [
    react(),
    graphqlDocumentsPlugin({
      generatedModule: fileURLToPath(
        new URL('./src/generated/graphql.ts', import.meta.url),
      ),
    }),
  ],
  resolve: {
    alias: {
      '@web': fileURLToPath(new URL('./src', import.meta.url)),
      // Time-zone rules (offsets, the zone list) the API's scheduling uses too.
      '@panelwise/domain-scheduling': fileURLToPath(
        new URL('../../libs/domain/scheduling/src/index.ts', import.meta.url),
      ),
      // Shared rules (scorecard validation) the API enforces too.
      '@panelwise/domain-scorecard': fileURLToPath(
        new URL('../../libs/domain/scorecard/src/index.ts', import.meta.url),
      ),
      // Framework-free helpers (the password policy) the API applies too.
      '@panelwise/shared-util': fileURLToPath(
        new URL('../../libs/shared/util/src/index.ts', import.meta.url),
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
    // .vite/manifest.json maps sources to chunks: the bundle-size budget
    // (tools/scripts/bundle-size.mjs) reads it. The API does not serve it.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than app code: separate chunks cache
        // longer. Only what the shell needs loads up front (react, apollo,
        // the shell's part of Mantine); the rest follows the pages using it.
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
              // Mantine's styles system and the components of the shell.
              // The other components land in chunks of the pages (or groups
              // of pages) that use them; not @mantine/charts: the charts (and
              // recharts) load with the first chart drawn.
              name: 'mantine',
              test: /node_modules[\\/](@mantine[\\/](?!charts[\\/])|@floating-ui[\\/])/,
              tags: ['$initial'],
            },
            {
              // Positioning for Mantine's popovers, menus, selects and
              // tooltips (and, through ScrollArea, its modals and tables).
              name: 'floating-ui',
              test: /node_modules[\\/]@floating-ui[\\/]/,
            },
            {
              // Drag and drop: the kit editor only.
              name: 'dnd-kit',
              test: /node_modules[\\/]@dnd-kit[\\/]/,
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
