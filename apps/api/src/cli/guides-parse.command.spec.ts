import { jest } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { guidesParseCommand } from './guides-parse.command';

const SAMPLE_GUIDES = join(process.cwd(), 'libs', 'guide-parser', 'src', '__fixtures__', 'samples');

function captureStdout(run: () => number): { code: number; output: string } {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));

    return true;
  });
  try {
    return { code: run(), output: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe(guidesParseCommand.name, () => {
  it('should print one JSON document per guide in the documented shape when given a folder', () => {
    const { code, output } = captureStdout(() => guidesParseCommand([SAMPLE_GUIDES], true));
    const parsed = JSON.parse(output);

    expect(code).toBe(0);
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents).toHaveLength(8);
    const deepLearning = parsed.documents.find((doc: { file: string }) => doc.file.endsWith('deep-learning-engineer.md'));
    expect(Object.keys(deepLearning).sort()).toEqual(['file', 'frontmatter', 'profile', 'questions', 'title', 'warnings']);
    expect(Object.keys(deepLearning.questions[0]).sort()).toEqual(['answer', 'followUps', 'kind', 'lines', 'number', 'prompt']);
  });

  it('should list a broken file under errors with its line and exit 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'guides-'));
    writeFileSync(join(folder, 'broken.md'), '---\nterm: [unclosed\n---\n\n##### Question 1: Why?\n');
    const { code, output } = captureStdout(() => guidesParseCommand([folder], true));
    const parsed = JSON.parse(output);

    expect(code).toBe(1);
    expect(parsed.documents).toEqual([]);
    expect(parsed.errors).toEqual([{ file: join(folder, 'broken.md'), line: expect.any(Number), message: expect.any(String) }]);
  });
});
