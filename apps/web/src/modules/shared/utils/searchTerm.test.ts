import { describe, expect, it } from 'vitest';

import { searchTerm } from './searchTerm';

describe(searchTerm.name, () => {
  it('should send the trimmed text, or null when only spaces were typed', () => {
    expect(searchTerm('  batch norm ')).toBe('batch norm');
    expect(searchTerm('   ')).toBeNull();
    expect(searchTerm('')).toBeNull();
  });
});
