// npm run bench [-- <scenario>...]: builds the API, the web app and the benchmark
// harness, then runs it against the PostgreSQL server in BENCH_DATABASE_URL
// (default: local server). The load scenario runs the production build.
import { spawnSync } from 'node:child_process';

const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', 'build-bench', '-p', 'api', 'web', '--output-style=static'],
  { stdio: 'inherit' },
);
if (build.status !== 0) {
  process.exit(build.status ?? 1);
}
const run = spawnSync(process.execPath, ['dist/bench/apps/api/bench/main.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
