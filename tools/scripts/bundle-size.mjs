// The JavaScript a browser must fetch before a page of the web app can render,
// read from Vite's build manifest (build.manifest: true):
//   the index.html entry and its static imports (recursively), plus the page's
//   own lazy chunk and its static imports. Dynamic imports load later and are
//   left out. Each file counts once; gzip at level 9 (what a static server or
//   CDN would send).
//
// CLI: node tools/scripts/bundle-size.mjs [--dist dist/apps/web] [page source]
//   e.g. node tools/scripts/bundle-size.mjs apps/web/src/pages/interview-room/InterviewRoomPage.tsx
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ENTRY_KEY = 'index.html';

/** Reads `<distDir>/.vite/manifest.json`. */
export function readManifest(distDir) {
  const file = join(distDir, '.vite', 'manifest.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `Cannot read ${file} (build with build.manifest: true): ${error.message}`,
    );
  }
}

/** Keys of `key` and everything it imports statically, depth first, each once. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) {
    return seen;
  }
  const chunk = manifest[key];
  if (!chunk) {
    throw new Error(`The manifest has no entry ${key}`);
  }
  seen.add(key);
  for (const imported of chunk.imports ?? []) {
    staticClosure(manifest, imported, seen);
  }

  return seen;
}

/**
 * The manifest key of a page's source file. Keys are relative to Vite's root
 * (apps/web), the argument usually to the workspace: match on the path's end.
 */
function findPageKey(manifest, pageSourcePath) {
  const wanted = (
    isAbsolute(pageSourcePath)
      ? relative(process.cwd(), pageSourcePath)
      : pageSourcePath
  )
    .split(sep)
    .join('/')
    .replace(/^\.\//, '');
  const matches = Object.keys(manifest).filter(
    (key) => wanted === key || wanted.endsWith(`/${key}`),
  );
  if (matches.length === 0) {
    throw new Error(
      `No chunk in the manifest for ${pageSourcePath}: is the page loaded lazily?`,
    );
  }

  // The longest key is the most specific match.
  return matches.sort((a, b) => b.length - a.length)[0];
}

/**
 * Files (relative to distDir) with raw and gzip sizes of the JavaScript loaded
 * up front for a page; without pageSourcePath, the entry's alone.
 */
export function initialJavaScript(distDir, pageSourcePath) {
  const manifest = readManifest(distDir);
  if (!manifest[ENTRY_KEY]?.isEntry) {
    throw new Error(`The manifest has no ${ENTRY_KEY} entry`);
  }
  const keys = staticClosure(manifest, ENTRY_KEY);
  if (pageSourcePath) {
    const pageKey = findPageKey(manifest, pageSourcePath);
    // The router sits in the shell: the page must be one of its dynamic imports,
    // or the page is not what a visitor of its route loads.
    const isRoutedLazily = [...keys].some((key) =>
      manifest[key].dynamicImports?.includes(pageKey),
    );
    if (!isRoutedLazily) {
      throw new Error(
        `${pageKey} is not a dynamic import of the entry's chunks (the router's lazy routes)`,
      );
    }
    staticClosure(manifest, pageKey, keys);
  }
  const files = [...new Set([...keys].map((key) => manifest[key].file))]
    .filter((file) => /\.m?js$/.test(file))
    .map((file) => {
      const content = readFileSync(join(distDir, file));

      return {
        file,
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      };
    });

  return {
    files,
    totalBytes: files.reduce((sum, { bytes }) => sum + bytes, 0),
    totalGzipBytes: files.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A plain-text table of the files and their total. */
export function formatReport({ files, totalBytes, totalGzipBytes }) {
  const width = Math.max(5, ...files.map(({ file }) => file.length));
  const row = (name, raw, gzip) =>
    `${name.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}`;

  return [
    row('file', 'raw', 'gzip'),
    ...files.map(({ file, bytes, gzipBytes }) =>
      row(file, kb(bytes), kb(gzipBytes)),
    ),
    row('total', kb(totalBytes), kb(totalGzipBytes)),
  ].join('\n');
}

function main(args) {
  let distDir = 'dist/apps/web';
  let isJson = false;
  const positional = [];
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--dist') {
      distDir = args[++i];
    } else if (args[i] === '--json') {
      isJson = true;
    } else {
      positional.push(args[i]);
    }
  }
  const report = initialJavaScript(resolve(distDir), positional[0]);
  console.log(isJson ? JSON.stringify(report) : formatReport(report));
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
