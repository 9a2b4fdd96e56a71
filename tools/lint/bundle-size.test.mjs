import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { initialJavaScript } from '../scripts/bundle-size.mjs';

const script = fileURLToPath(
  new URL('../scripts/bundle-size.mjs', import.meta.url),
);
const ROOM = 'apps/web/src/pages/room/RoomPage.tsx';

// A build of two lazy pages: the room (which opens a dialog lazily) and home
// (which draws charts lazily), sharing a vendor chunk with the entry.
const MANIFEST = {
  'index.html': {
    file: 'assets/index-1.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_react-1.js', '_ui-1.js'],
    dynamicImports: [
      'src/pages/room/RoomPage.tsx',
      'src/pages/home/HomePage.tsx',
    ],
    css: ['assets/index-1.css'],
  },
  '_react-1.js': { file: 'assets/react-1.js', name: 'react' },
  '_ui-1.js': {
    file: 'assets/ui-1.js',
    name: 'ui',
    imports: ['_react-1.js'],
    css: ['assets/ui-1.css'],
  },
  'src/pages/room/RoomPage.tsx': {
    file: 'assets/RoomPage-1.js',
    src: 'src/pages/room/RoomPage.tsx',
    isDynamicEntry: true,
    imports: ['_react-1.js', '_textarea-1.js'],
    dynamicImports: ['src/pages/room/Dialog.tsx'],
  },
  '_textarea-1.js': {
    file: 'assets/textarea-1.js',
    imports: ['_ui-1.js', '_react-1.js'],
  },
  'src/pages/room/Dialog.tsx': {
    file: 'assets/Dialog-1.js',
    isDynamicEntry: true,
    imports: ['_ui-1.js'],
  },
  'src/pages/home/HomePage.tsx': {
    file: 'assets/HomePage-1.js',
    src: 'src/pages/home/HomePage.tsx',
    isDynamicEntry: true,
    imports: ['_ui-1.js'],
    dynamicImports: ['_charts-1.js'],
  },
  '_charts-1.js': { file: 'assets/charts-1.js', isDynamicEntry: true },
};

const content = (file) =>
  `/* ${file} */ export const x = ${JSON.stringify('y'.repeat(file.length * 40))};\n`;
const expected = (files) =>
  files.map((file) => ({
    file,
    bytes: Buffer.byteLength(content(file)),
    gzipBytes: gzipSync(content(file), { level: 9 }).length,
  }));

describe('initialJavaScript', () => {
  let distDir;

  before(() => {
    distDir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
    mkdirSync(join(distDir, '.vite'));
    writeFileSync(
      join(distDir, '.vite', 'manifest.json'),
      JSON.stringify(MANIFEST),
    );
    for (const chunk of Object.values(MANIFEST)) {
      mkdirSync(join(distDir, dirname(chunk.file)), { recursive: true });
      writeFileSync(join(distDir, chunk.file), content(chunk.file));
      for (const css of chunk.css ?? []) {
        writeFileSync(join(distDir, css), 'body{}');
      }
    }
  });

  after(() => rmSync(distDir, { recursive: true, force: true }));

  it("should count the entry's static imports and the page's, each file once, without lazy chunks or CSS", () => {
    const result = initialJavaScript(distDir, ROOM);

    assert.deepEqual(
      result.files,
      expected([
        'assets/index-1.js',
        'assets/react-1.js',
        'assets/ui-1.js',
        'assets/RoomPage-1.js',
        'assets/textarea-1.js',
      ]),
    );
  });

  it('should add up raw and gzip sizes of those files', () => {
    const result = initialJavaScript(distDir, ROOM);
    const files = expected([
      'assets/index-1.js',
      'assets/react-1.js',
      'assets/ui-1.js',
      'assets/RoomPage-1.js',
      'assets/textarea-1.js',
    ]);

    assert.equal(
      result.totalBytes,
      files.reduce((sum, file) => sum + file.bytes, 0),
    );
    assert.equal(
      result.totalGzipBytes,
      files.reduce((sum, file) => sum + file.gzipBytes, 0),
    );
    assert.ok(result.totalGzipBytes < result.totalBytes);
  });

  it("should count another page's own chunks, not the room's", () => {
    const files = initialJavaScript(
      distDir,
      'src/pages/home/HomePage.tsx',
    ).files.map(({ file }) => file);

    assert.deepEqual(files, [
      'assets/index-1.js',
      'assets/react-1.js',
      'assets/ui-1.js',
      'assets/HomePage-1.js',
    ]);
  });

  it('should count the entry alone when no page is named', () => {
    const files = initialJavaScript(distDir).files.map(({ file }) => file);

    assert.deepEqual(files, [
      'assets/index-1.js',
      'assets/react-1.js',
      'assets/ui-1.js',
    ]);
  });

  it('should refuse a page the router does not load lazily, and a page not in the build', () => {
    assert.throws(
      () => initialJavaScript(distDir, 'apps/web/src/pages/room/Dialog.tsx'),
      /not a dynamic import/,
    );
    assert.throws(
      () => initialJavaScript(distDir, 'apps/web/src/pages/team/TeamPage.tsx'),
      /No chunk in the manifest/,
    );
  });

  it('should print a table with the total from the command line', () => {
    const output = execFileSync(
      process.execPath,
      [script, '--dist', distDir, ROOM],
      { encoding: 'utf8' },
    );
    const { totalBytes, totalGzipBytes } = initialJavaScript(distDir, ROOM);

    assert.match(output, /assets\/RoomPage-1\.js/);
    assert.match(
      output,
      new RegExp(
        `^total\\s+${(totalBytes / 1024).toFixed(1)} KB\\s+${(totalGzipBytes / 1024).toFixed(1)} KB$`,
        'm',
      ),
    );
  });
});
