import { defineConfig } from '@playwright/test';

import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  e2eEnvironment,
  WORKSPACE_ROOT,
} from './src/support/environment';

const { baseURL } = e2eEnvironment();

export default defineConfig({
  testDir: './src/specs',
  outputDir: `${WORKSPACE_ROOT}/tmp/web-e2e/test-results`,
  globalSetup: './src/support/globalSetup.ts',
  fullyParallel: false,
  // The machine running this may have 2 CPUs: one browser at a time keeps timings stable.
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
