const { execSync } = require('node:child_process');

/**
 * Builds the API once, before any suite runs: suites that start it as an OS
 * process (faults, autosave crash) run in parallel workers, and a build (or an
 * nx cache restore) in one worker rewrites dist/ under another's starting API.
 */
module.exports = async function buildApiOnce() {
  execSync('npx nx run api:build --output-style=static', { stdio: 'ignore' });
};
