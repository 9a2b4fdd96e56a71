// ESM mode: NestJS 12 ships ESM only, so every jest project runs with
// NODE_OPTIONS=--experimental-vm-modules (set by the nx test targets).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        useESM: true,
        tsconfig: require('path').join(__dirname, 'tsconfig.spec.json'),
        diagnostics: false,
      },
    ],
  },
  moduleNameMapper: {
    ...pathsToModuleNameMapper(compilerOptions.paths, { prefix: require('path').join(__dirname, '/') }),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};
