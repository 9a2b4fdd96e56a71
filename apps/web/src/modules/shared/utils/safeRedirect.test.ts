import { describe, expect, it } from 'vitest';

import { safeRedirect } from './safeRedirect';

describe(safeRedirect.name, () => {
  it.each([
    ['/team', '/team'],
    ['/team?tab=invites', '/team?tab=invites'],
    [null, '/'],
    ['https://evil.test/', '/'],
    ['//evil.test/', '/'],
    ['/\\evil.test', '/'],
    ['/login?next=/team', '/'],
  ])('should turn %s into %s', (next, expected) => {
    expect(safeRedirect(next)).toBe(expected);
  });
});
