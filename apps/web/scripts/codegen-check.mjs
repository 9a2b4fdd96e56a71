// Fails when apps/web/src/generated is stale: regenerates the client types from
// apps/api/schema.gql and the operation files into a temp dir and compares.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const workspaceRoot = resolve(import.meta.dirname, '../../..');
const committedDir = join(workspaceRoot, 'apps/web/src/generated');
const tempDir = mkdtempSync(join(tmpdir(), 'panelwise-codegen-'));

const listFiles = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort();

try {
  execFileSync(
    join(workspaceRoot, 'node_modules/.bin/graphql-codegen'),
    ['--config', 'apps/web/codegen.ts', '--silent'],
    {
      cwd: workspaceRoot,
      env: { ...process.env, CODEGEN_OUT_DIR: tempDir },
      stdio: 'inherit',
    },
  );
  const expected = listFiles(tempDir);
  const actual = listFiles(committedDir);
  const problems = [];
  for (const name of new Set([...expected, ...actual])) {
    if (!expected.includes(name)) {
      problems.push(`unexpected file ${name}`);
    } else if (!actual.includes(name)) {
      problems.push(`missing file ${name}`);
    } else if (
      readFileSync(join(tempDir, name), 'utf8') !==
      readFileSync(join(committedDir, name), 'utf8')
    ) {
      problems.push(`${name} differs`);
    }
  }
  if (problems.length > 0) {
    console.error(
      `apps/web/src/generated is stale (${problems.join(', ')}).\n` +
        'Run `npx nx run web:codegen` and commit the result.',
    );
    process.exitCode = 1;
  } else {
    console.log(
      `apps/web/src/generated is up to date (${expected.length} files).`,
    );
  }
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
