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
    expect(formatAuditDetails('{"fileName":"a.md","reveal_at":null}')).toBe(
      'file name: a.md · reveal at: none',
    );
    expect(formatAuditDetails('{}')).toBe('');
  });

  it('should shorten ids and content hashes to what tells them apart', () => {
    expect(
      formatAuditDetails(
        JSON.stringify({
          sessionId: '3f2a1b4c-0000-4000-8000-00000000c1d9',
          contentHash:
            'c7a046c9594e8bc5e2f5c4f5aa2b4c7e8f11d0d1e2f3a4b5c6d7e8f9a0b1c2d3',
        }),
      ),
    ).toBe('session id: 3f2a1b4c… · content hash: c7a046c9…');
  });
});
