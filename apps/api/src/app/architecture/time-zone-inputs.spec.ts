import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { sourceFiles } from './source-scan';

describe('inputs that take a time zone', () => {
  const SRC = join(process.cwd(), 'apps/api/src');
  // A validated property (its decorators up to the name), named like a zone.
  const VALIDATED_ZONE = /((?:\n {2}@[^\n]+(?:\n {4}[^\n]*)*)+)\n {2}(\w*[tT]imeZone)[!?]?:/g;

  it('should each carry IsTimeZone', () => {
    const unchecked: string[] = [];
    let checked = 0;
    for (const file of sourceFiles(SRC).filter((path) => path.includes('/dto/'))) {
      for (const [, decorators, property] of readFileSync(join(SRC, `${file}.ts`), 'utf8').matchAll(VALIDATED_ZONE)) {
        if (decorators.includes('@IsString()')) {
          checked += 1;
          if (!decorators.includes('@IsTimeZone()')) {
            unchecked.push(`${file}: ${property}`);
          }
        }
      }
    }

    expect(unchecked).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});
