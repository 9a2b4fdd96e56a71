const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'guide-parser',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
