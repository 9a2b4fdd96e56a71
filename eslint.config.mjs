import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import unusedImports from 'eslint-plugin-unused-imports';
import tseslint from 'typescript-eslint';

import requireResolverGuard from './tools/lint/require-resolver-guard.mjs';

export default tseslint.config(
  {
    ignores: ['**/dist', '**/node_modules', '**/generated', '**/.nx', '**/vite.config.*', '**/*.cjs', '**/*.mjs'],
  },
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: {
      '@nx': nx,
      'unused-imports': unusedImports,
      panelwise: { rules: { 'require-resolver-guard': requireResolverGuard } },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          // The style guide wants @api/* aliases inside the api app too.
          allowCircularSelfDependency: true,
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'scope:web', notDependOnLibsWithTags: ['scope:api'] },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // Nest's DI needs value imports of injected classes.
      '@typescript-eslint/consistent-type-imports': 'off',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'padding-line-between-statements': ['error', { blankLine: 'always', prev: '*', next: 'return' }],
      'unused-imports/no-unused-imports': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*'], message: 'Use a path alias, not ../' }] }],
      'panelwise/require-resolver-guard': 'error',
    },
  },
  // The API's floors: core (the kernel) needs no module; modules never reach the composition root.
  {
    files: ['apps/api/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'Use a path alias, not ../' },
            { regex: '^@api/(?!core/)', message: 'core/ is the kernel: it imports nothing of the app above it (an entity may name a related entity)' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'Use a path alias, not ../' },
            { regex: '^@api/(app|cli|seed|main)(/|$)', message: 'A module never imports the composition root (app/), the CLI or the seeds' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/core/**/*.entity.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'Use a path alias, not ../' },
            { regex: '^@api/(?!core/|modules/[^/]+/[^/]+\\.entity$)', message: 'A kernel entity may name only related entities' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/**/*.ts', 'libs/**/*.ts'],
    ignores: ['apps/api/src/core/config/app-config.ts'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through AppConfig' }] },
  },
  {
    files: ['**/*.spec.ts', '**/*.test.tsx', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-restricted-properties': 'off',
    },
  },
);
