import { describe, expect, it } from 'vitest';

import {
  batchGuideFiles,
  formatFileSize,
  MAX_FILE_BYTES,
  mergeGuideFiles,
  selectGuideFiles,
} from './guideFiles';

const file = (name: string, size = 100) => ({ name, size });

describe(selectGuideFiles.name, () => {
  it('should refuse files that are not Markdown, too large or empty', () => {
    const sut = selectGuideFiles(
      [],
      [
        file('guide.md'),
        file('notes.txt'),
        file('huge.md', MAX_FILE_BYTES + 1),
        file('empty.markdown', 0),
      ],
    );

    expect(sut.accepted.map((accepted) => accepted.name)).toEqual(['guide.md']);
    expect(sut.rejected).toEqual([
      {
        fileName: 'notes.txt',
        reason: 'Not a Markdown guide: choose .md files.',
      },
      {
        fileName: 'huge.md',
        reason: '2.0 MB is over the limit of 2 MB per file.',
      },
      { fileName: 'empty.markdown', reason: 'The file is empty.' },
    ]);
  });

  it('should stop at 50 files per import but let a staged name be replaced', () => {
    const staged = Array.from({ length: 49 }, (_, index) => `g${index}.md`);

    const sut = selectGuideFiles(staged, [
      file('g3.md'),
      file('new-1.md'),
      file('new-2.md'),
    ]);

    expect(sut.accepted.map((accepted) => accepted.name)).toEqual([
      'g3.md',
      'new-1.md',
    ]);
    expect(sut.rejected).toEqual([
      {
        fileName: 'new-2.md',
        reason: 'Not added: an import takes at most 50 files.',
      },
    ]);
  });
});

describe(mergeGuideFiles.name, () => {
  it('should replace a staged file with a newer one of the same name, in place', () => {
    const a = { fileName: 'a.md', text: 'old', size: 3 };
    const b = { fileName: 'b.md', text: 'b', size: 1 };
    const newerA = { fileName: 'a.md', text: 'new', size: 3 };

    expect(mergeGuideFiles([a, b], [newerA])).toEqual([newerA, b]);
  });
});

describe(batchGuideFiles.name, () => {
  it('should split files into requests under the byte budget, keeping order', () => {
    const files = ['a', 'b', 'c', 'd'].map((name) => ({
      fileName: `${name}.md`,
      text: name.repeat(40),
    }));

    const sut = batchGuideFiles(files, 150);

    expect(sut.map((batch) => batch.map((f) => f.fileName))).toEqual([
      ['a.md', 'b.md'],
      ['c.md', 'd.md'],
    ]);
  });

  it('should send a file bigger than the budget in a batch of its own', () => {
    const sut = batchGuideFiles(
      [
        { fileName: 'big.md', text: 'x'.repeat(500) },
        { fileName: 'small.md', text: 'y' },
      ],
      100,
    );

    expect(sut).toHaveLength(2);
  });
});

describe(formatFileSize.name, () => {
  it.each([
    [512, '512 B'],
    [2048, '2 KB'],
    [2 * 1024 * 1024, '2 MB'],
    [3.25 * 1024 * 1024, '3.3 MB'],
  ])('should show %d bytes as %s', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });
});
