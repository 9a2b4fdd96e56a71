// The repository must run from a clone with nothing beside it, so no tracked
// file may reach for a `shared` folder one level above a directory.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const PATTERNS = [
  // A parent-folder step followed by shared, with either slash (see the test for spellings).
  /\.\.[\\/]+shared(?![\w-])/,
  // The same as separate path segments given to join or resolve.
  /(['"`])\.\.\1\s*,\s*(['"`])shared\2/,
];

// A module specifier is resolved from its own file, so an import of a
// parent's shared folder may well stay inside the repository.
const MODULE_SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)(['"`])(\.\.?\/[^'"`]*)\1/g;

const escapesRoot = (root, file, specifier) => {
  const target = relative(root, resolve(root, dirname(file), specifier));

  return target === '..' || target.startsWith(`..${sep}`);
};

const readsSibling = (line, place) => {
  if (!PATTERNS.some((pattern) => pattern.test(line))) {
    return false;
  }
  if (!place) {
    return true;
  }
  const inRepoImports = [...line.matchAll(MODULE_SPECIFIER)].filter(
    ([, , specifier]) => !escapesRoot(place.root, place.file, specifier),
  );
  const rest = inRepoImports.reduce((text, [match]) => text.replace(match, ''), line);

  return PATTERNS.some((pattern) => pattern.test(rest));
};

/**
 * Line numbers (1-based) of `text` that read a sibling `shared` folder. With
 * `place` ({ root, file }), imports that resolve inside `root` are allowed.
 */
export function siblingSharedReads(text, place) {
  return text
    .split(/\r?\n/)
    .flatMap((line, index) => (readsSibling(line, place) ? [index + 1] : []));
}

const isDocumentation = (path) => path.toLowerCase().endsWith('.md');

/** Every tracked file (except documentation) with a line that reads a sibling `shared`. */
export function trackedSiblingSharedReads(root) {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((path) => path !== '' && !isDocumentation(path));

  return files.flatMap((path) => {
    let text;
    try {
      text = readFileSync(join(root, path), 'utf8');
    } catch {
      // Listed but deleted in the working tree.
      return [];
    }
    if (text.includes('\0')) {
      return [];
    }

    return siblingSharedReads(text, { root, file: path }).map((line) => `${path}:${line}`);
  });
}
