import { describe, expect, it } from 'vitest';

import { formatAuditDetails, parseAuditDetails } from './auditDetails';

describe(parseAuditDetails.name, () => {
  it('should list the keys of a JSON object with readable values', () => {
    expect(
      parseAuditDetails(
        JSON.stringify({
          from: 'INTERVIEWER',
          to: 'COORDINATOR',
          version: 3,
          revealAt: null,
          mergedIds: ['a', 'b'],
          changes: { maxReschedules: 2 },
        }),
      ),
    ).toEqual([
      { key: 'from', value: 'INTERVIEWER' },
      { key: 'to', value: 'COORDINATOR' },
      { key: 'version', value: '3' },
      { key: 'revealAt', value: 'none' },
      { key: 'mergedIds', value: 'a, b' },
      { key: 'changes', value: '{"maxReschedules":2}' },
    ]);
  });

  it('should give nothing for an empty object', () => {
    expect(parseAuditDetails('{}')).toEqual([]);
  });

  it('should keep text that is not a JSON object as it is', () => {
    expect(parseAuditDetails('not json')).toEqual([
      { key: 'details', value: 'not json' },
    ]);
    expect(parseAuditDetails('[1,2]')).toEqual([
      { key: 'details', value: '1, 2' },
    ]);
  });

  it('should shorten a very long value', () => {
    const [detail] = parseAuditDetails(
      JSON.stringify({ reason: 'x'.repeat(500) }),
    );

    expect(detail?.value).toHaveLength(160);
    expect(detail?.value.endsWith('…')).toBe(true);
  });
});

describe(formatAuditDetails.name, () => {
  it('should join the pairs compactly', () => {
    expect(
      formatAuditDetails('{"email":"a@b.test","role":"INTERVIEWER"}'),
    ).toBe('email: a@b.test · role: INTERVIEWER');
    expect(formatAuditDetails('{}')).toBe('');
  });
});
