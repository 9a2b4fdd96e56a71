const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-integration',
  rootDir: '.',
  testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts'],
  testTimeout: 60_000,
  // Each file gets its own database; two workers suit a 2-core machine.
  maxWorkers: 2,
  globalSetup: '<rootDir>/test/support/build-api.global-setup.cjs',
};
