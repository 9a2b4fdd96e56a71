// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./codegen-check.mjs', import.meta.url));

// `npm test` then fails when apps/api/schema.gql or an operation changed
// without `npx nx run web:codegen`.
describe('generated GraphQL client types', () => {
  it('should match a fresh codegen run of the committed schema and operations', () => {
    const run = () =>
      execFileSync(process.execPath, [script], {
        encoding: 'utf8',
        stdio: 'pipe',
      });

    expect(run).not.toThrow();
  }, 60_000);
});
