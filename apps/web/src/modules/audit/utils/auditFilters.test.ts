import { describe, expect, it } from 'vitest';

import {
  actionOptions,
  auditFiltersFromParams,
  auditFiltersToParams,
  EMPTY_AUDIT_FILTERS,
  toAuditFilterInput,
} from './auditFilters';
import { auditRecordPath, shortId } from './auditRecords';

const RECORD_ID = '3f2a1b4c-0000-4000-8000-00000000c1d9';

describe(actionOptions.name, () => {
  it('should group actions by prefix, each group led by its prefix filter', () => {
    expect(
      actionOptions([
        'session.scheduled',
        'member.role_changed',
        'session.cancelled',
      ]),
    ).toEqual([
      {
        group: 'Member',
        items: [
          { value: 'member.', label: 'Any member action' },
          { value: 'member.role_changed', label: 'Changed a member’s role' },
        ],
      },
      {
        group: 'Interview',
        items: [
          { value: 'session.', label: 'Any interview action' },
          { value: 'session.cancelled', label: 'Cancelled an interview' },
          { value: 'session.scheduled', label: 'Scheduled an interview' },
        ],
      },
    ]);
  });

  it('should not offer a prefix for an action without a dot', () => {
    expect(actionOptions(['login'])).toEqual([
      { group: 'Login', items: [{ value: 'login', label: 'Login' }] },
    ]);
  });
});

describe(toAuditFilterInput.name, () => {
  it('should send nothing when no filter is set', () => {
    expect(toAuditFilterInput(EMPTY_AUDIT_FILTERS)).toBeNull();
  });

  it('should leave out a record id that is not a UUID', () => {
    expect(
      toAuditFilterInput({
        ...EMPTY_AUDIT_FILTERS,
        action: 'session.',
        recordId: 'abc',
      }),
    ).toEqual({ action: 'session.' });
    expect(
      toAuditFilterInput({ ...EMPTY_AUDIT_FILTERS, recordId: RECORD_ID }),
    ).toEqual({ recordId: RECORD_ID });
  });
});

describe(auditFiltersFromParams.name, () => {
  it('should read back what auditFiltersToParams wrote', () => {
    const filters = {
      actorId: null,
      action: 'session.',
      recordType: 'session',
      recordId: RECORD_ID,
    };

    expect(auditFiltersToParams(filters).toString()).toBe(
      `action=session.&type=session&record=${RECORD_ID}`,
    );
    expect(auditFiltersFromParams(auditFiltersToParams(filters))).toEqual(
      filters,
    );
  });
});

describe(auditRecordPath.name, () => {
  it('should link the record types that have a page', () => {
    expect(auditRecordPath('session', 's1')).toBe('/sessions/s1');
    expect(auditRecordPath('candidate', 'c1')).toBe('/candidates/c1');
    expect(auditRecordPath('kit', 'k1')).toBe('/kits/k1');
    expect(auditRecordPath('rubric', 'r1')).toBe('/rubrics/r1');
    expect(auditRecordPath('guide', 'g1')).toBe('/guides/g1');
  });

  it('should not link other types, inherited names or a missing id', () => {
    expect(auditRecordPath('membership', 'm1')).toBeNull();
    expect(auditRecordPath('constructor', 'x')).toBeNull();
    expect(auditRecordPath('session', null)).toBeNull();
  });
});

describe(shortId.name, () => {
  it('should keep the ends of a long id', () => {
    expect(shortId(RECORD_ID)).toBe('3f2a…c1d9');
    expect(shortId('short')).toBe('short');
  });
});
