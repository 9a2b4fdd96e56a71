import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const SCREENSHOTS_DIR = join(WORKSPACE_ROOT, 'apps/web-e2e/screenshots');
export const CHROMIUM_PATH =
  process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DEMO_PASSWORD = 'panelwise-demo';
export const DEMO_COORDINATOR = {
  email: 'coordinator@panelwise.test',
  name: 'Cora Coordinator',
};
export const DEMO_INTERVIEWER = {
  email: 'ana@panelwise.test',
  name: 'Ana Interviewer',
};
export const DEMO_TEAM = 'Demo Hiring Team';

export function freePort(): number {
  // Synchronous so the port is known when the config is evaluated; workers
  // inherit it through the environment.
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";

  return Number(execFileSync(process.execPath, ['-e', script]).toString());
}

/** Port and data dir of this run's server, chosen once by the runner process. */
export function e2eEnvironment(): {
  port: number;
  dataDir: string;
  baseURL: string;
} {
  if (
    !process.env['PANELWISE_E2E_PORT'] ||
    !process.env['PANELWISE_E2E_DATA_DIR']
  ) {
    process.env['PANELWISE_E2E_PORT'] = String(freePort());
    process.env['PANELWISE_E2E_DATA_DIR'] = mkdtempSync(
      join(tmpdir(), 'panelwise-e2e-'),
    );
  }
  const port = Number(process.env['PANELWISE_E2E_PORT']);

  return {
    port,
    dataDir: process.env['PANELWISE_E2E_DATA_DIR'],
    baseURL: `http://127.0.0.1:${port}`,
  };
}
