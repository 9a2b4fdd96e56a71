// npm run cli -- <command>: builds the API (cached by Nx) quietly, then runs its CLI.
// Build output goes to stderr so `--json` output on stdout stays parseable.
import { spawnSync } from 'node:child_process';

const build = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  encoding: 'utf8',
});
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  process.exit(build.status ?? 1);
}
const cli = spawnSync(process.execPath, ['dist/apps/api/apps/api/src/cli/main.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(cli.status ?? 1);
