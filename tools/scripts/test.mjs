// npm test: every unit suite, then the API integration suite (against
// TEST_DATABASE_URL when set, else embedded PGlite), with one closing tally.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Absolute: vitest resolves relative output paths against the web app's root.
const resultsDir = resolve('tmp', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const esm = { NODE_OPTIONS: '--experimental-vm-modules --no-warnings', TZ: 'UTC' };
const jestSuite = (name, config) => ({
  name,
  command: 'npx',
  args: ['jest', '-c', config, '--json', `--outputFile=${join(resultsDir, `${name}.json`)}`],
  env: esm,
  tally: () => jestTally(join(resultsDir, `${name}.json`)),
});

const suites = [
  jestSuite('shared-util', 'libs/shared/util/jest.config.cjs'),
  jestSuite('guide-parser', 'libs/guide-parser/jest.config.cjs'),
  jestSuite('domain-scheduling', 'libs/domain/scheduling/jest.config.cjs'),
  jestSuite('domain-scorecard', 'libs/domain/scorecard/jest.config.cjs'),
  jestSuite('api', 'apps/api/jest.config.cjs'),
  {
    name: 'tools',
    command: 'node',
    args: ['--test', '--test-reporter=tap', 'tools/lint/'],
    capture: true,
    tally: (output) => ({
      passed: Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0),
      failed: Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 0),
    }),
  },
  {
    name: 'web',
    command: 'npx',
    args: [
      'vitest', 'run', '--config', 'apps/web/vite.config.ts', '--configLoader', 'runner',
      '--reporter=default', '--reporter=json', `--outputFile.json=${join(resultsDir, 'web.json')}`,
    ],
    env: { TZ: 'UTC' },
    tally: () => jestTally(join(resultsDir, 'web.json')),
    when: () => existsSync('apps/web/vite.config.ts'),
  },
  jestSuite('api-integration', 'apps/api/jest.integration.config.cjs'),
];

function jestTally(file) {
  if (!existsSync(file)) {
    return { passed: 0, failed: 1 };
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));

  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) };
}

const totals = { passed: 0, failed: 0 };
const failedSuites = [];
for (const suite of suites) {
  if (suite.when && !suite.when()) {
    continue;
  }
  console.log(`\n=== ${suite.name} ===`);
  const started = Date.now();
  const run = spawnSync(suite.command, suite.args, {
    stdio: suite.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    env: { ...process.env, ...suite.env },
    encoding: 'utf8',
  });
  if (suite.capture) {
    process.stdout.write(run.stdout ?? '');
  }
  const tally = suite.tally(run.stdout ?? '');
  if (run.status !== 0 && tally.failed === 0) {
    tally.failed = 1;
  }
  totals.passed += tally.passed;
  totals.failed += tally.failed;
  if (tally.failed > 0) {
    failedSuites.push(suite.name);
  }
  console.log(`--- ${suite.name}: ${tally.passed} passed, ${tally.failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (failedSuites.length) {
  console.log(`\nFailed suites: ${failedSuites.join(', ')}`);
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
