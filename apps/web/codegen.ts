import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root: Nx runs targets from there.
// scripts/codegen-check.mjs sets CODEGEN_OUT_DIR to regenerate into a temp dir.
const outDir = process.env['CODEGEN_OUT_DIR'] ?? 'apps/web/src/generated';

const config: CodegenConfig = {
  // The committed schema file, never a live server: codegen works offline and in CI.
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/modules/**/graphql/**/*.ts'],
  ignoreNoDocuments: false,
  // Formatted with the workspace config (named explicitly so that output in a
  // temp dir, from codegen-check, formats the same).
  hooks: {
    afterAllFileWrite: [
      'prettier --write --config .prettierrc --ignore-path=""',
    ],
  },
  generates: {
    [`${outDir}/`]: {
      preset: 'client',
      presetConfig: {
        // Hooks return plain data; Apollo's own masking is not used either.
        fragmentMasking: false,
      },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        defaultScalarType: 'unknown',
        nonOptionalTypename: false,
        skipTypename: false,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};

export default config;
