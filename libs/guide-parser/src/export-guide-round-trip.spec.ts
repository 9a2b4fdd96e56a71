import { join } from 'node:path';

import {
  fixturesDir,
  markdownFiles,
  readText,
  seedGuidesDir,
  sampleGuidesDir,
} from './__fixtures__/fixture-paths';
import { exportGuide, parseGuide, type ParsedGuide } from './index';

// Everything except what depends on the exact text: line numbers, warnings, hash.
const comparable = (doc: ParsedGuide): unknown => ({
  ...doc,
  warnings: undefined,
  contentHash: undefined,
  questions: doc.questions.map((question) => ({
    ...question,
    lines: undefined,
  })),
});

const roundTrip = (doc: ParsedGuide): ParsedGuide =>
  parseGuide(exportGuide(doc));

const corpus = [
  ...markdownFiles(sampleGuidesDir).map((name) => ({
    name: `samples/${name}`,
    text: readText(sampleGuidesDir, name),
  })),
  ...markdownFiles(seedGuidesDir).map((name) => ({
    name: `seed/${name}`,
    text: readText(seedGuidesDir, name),
  })),
  ...markdownFiles(join(fixturesDir, 'ok')).map((name) => ({
    name: `ok/${name}`,
    text: readText(fixturesDir, 'ok', name),
  })),
];

describe(exportGuide.name, () => {
  it.each(corpus.map((entry) => [entry.name, entry.text]))(
    'should parse back to the same document when exporting %s',
    (name, source) => {
      const doc = parseGuide(source, { fileName: name });

      expect(comparable(roundTrip(doc))).toStrictEqual(comparable(doc));
    },
  );

  it('should write the reference format when exporting a parsed guide', () => {
    const doc = parseGuide(
      readText(sampleGuidesDir, 'database-administrator.md'),
    );

    const sut = exportGuide(doc);

    expect(sut).toMatch(
      /^---\nterm: "Database Administrator Interview Questions and Answers"\n/,
    );
    expect(sut).toContain(
      '\n#### Technical Questions\n\n##### Question 1: How would you design backup',
    );
    expect(sut).toContain('\n- **Answer:** I start from the recovery point');
    expect(sut).toContain(
      '\n  - **Follow-up points:**\n    - How would the design change',
    );
    expect(sut.endsWith('\n')).toBe(true);
  });
});
