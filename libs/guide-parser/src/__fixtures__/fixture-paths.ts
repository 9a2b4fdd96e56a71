import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Jest runs the specs as ES modules (no __dirname), so paths start from the
// workspace root: the nearest folder above the working directory with nx.json.
const findWorkspaceRoot = (): string => {
  let dir = process.cwd();
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = resolve(dir, '..');
    if (parent === dir) {
      throw new Error(`No nx.json above ${process.cwd()}`);
    }
    dir = parent;
  }

  return dir;
};

export const workspaceRoot = findWorkspaceRoot();
export const seedGuidesDir = join(workspaceRoot, 'data', 'guides');
export const fixturesDir = join(
  workspaceRoot,
  'libs',
  'guide-parser',
  'src',
  '__fixtures__',
);
/** The publisher's sample guides and their hand-written EXPECTED.json. */
export const sampleGuidesDir = join(fixturesDir, 'samples');

export const markdownFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();

export const readText = (...parts: string[]): string =>
  readFileSync(join(...parts), 'utf8');

export const readFixture = (relative: string): string =>
  readText(fixturesDir, relative);
