import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { siblingSharedReads, trackedSiblingSharedReads } from './no-sibling-shared.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const up = '..';

describe('no tracked file reads a sibling shared folder', () => {
  it('should find no such read among the tracked files', () => {
    assert.deepEqual(trackedSiblingSharedReads(root), []);
  });

  it('should flag every spelling of the sibling path', () => {
    const reads = [
      `const dir = '${up}/shared/guides';`,
      `readFileSync("${up}/shared/guides/EXPECTED.json")`,
      `join(process.cwd(), '${up}', 'shared', 'guides')`,
      `resolve(root, "${up}", "shared")`,
      'const dir = `${root}/' + up + '/shared`;',
      `const win = '${up}\\\\shared\\\\guides';`,
      `join(root, \`${up}\`, \`shared\`)`,
    ];

    for (const line of reads) {
      assert.deepEqual(siblingSharedReads(`first\n${line}\nlast`), [2], line);
    }
  });

  it('should leave the repository own shared code and CRLF text alone', () => {
    const fine = [
      "import { toApiError } from '@web/modules/shared/utils/apiError';",
      "import { x } from './shared/utils';",
      "join(root, 'libs', 'shared', 'util')",
      `const dir = '${up}/shared-util';`,
      'Contributions to shared component libraries.',
    ];

    for (const line of fine) {
      assert.deepEqual(siblingSharedReads(line), [], line);
    }
    assert.deepEqual(siblingSharedReads(`a\r\njoin(x, '${up}', 'shared')\r\nb`), [2]);
  });

  it('should allow an import of a shared folder inside the repository but not one above it', () => {
    const place = { root: '/repo', file: 'apps/web/src/modules/team/TeamPage.tsx' };
    const inside = `import { toApiError } from '${up}/shared/utils/apiError';`;
    const above = `import guides from '${up}/${up}/${up}/${up}/${up}/${up}/shared/guides/EXPECTED.json';`;

    assert.deepEqual(siblingSharedReads(inside, place), []);
    assert.deepEqual(siblingSharedReads(above, place), [1]);
    assert.deepEqual(siblingSharedReads(`${inside} join(root, '${up}', 'shared');`, place), [1]);
  });
});
