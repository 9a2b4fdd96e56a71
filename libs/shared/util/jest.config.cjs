const preset = require('../../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'shared-util',
  rootDir: '.',
  moduleNameMapper: {
    ...preset.moduleNameMapper,
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
