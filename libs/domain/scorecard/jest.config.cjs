const preset = require('../../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'domain-scorecard',
  rootDir: '.',
  moduleNameMapper: {
    ...preset.moduleNameMapper,
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
