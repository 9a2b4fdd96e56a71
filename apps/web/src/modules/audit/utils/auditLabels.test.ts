import { describe, expect, it } from 'vitest';

import {
  auditActionLabel,
  auditDetailKeyLabel,
  auditRecordTypeLabel,
} from './auditLabels';

describe(auditActionLabel.name, () => {
  it('should say what happened in plain words', () => {
    expect(auditActionLabel('session.scheduled')).toBe(
      'Scheduled an interview',
    );
    expect(auditActionLabel('scorecard.submitted')).toBe(
      'Submitted a scorecard',
    );
    expect(auditActionLabel('debrief.decided')).toBe(
      'Recorded a debrief decision',
    );
  });

  it('should turn an action it does not know into words rather than show the code', () => {
    expect(auditActionLabel('kit.archived_by_admin')).toBe(
      'Kit archived by admin',
    );
  });
});

describe(auditRecordTypeLabel.name, () => {
  it('should name record types as people do', () => {
    expect(auditRecordTypeLabel('session')).toBe('Interview');
    expect(auditRecordTypeLabel('membership')).toBe('Member');
    expect(auditRecordTypeLabel('webhook_target')).toBe('Webhook target');
  });
});

describe(auditDetailKeyLabel.name, () => {
  it('should split camelCase and snake_case keys into words', () => {
    expect(auditDetailKeyLabel('overrideReason')).toBe('override reason');
    expect(auditDetailKeyLabel('due_hours')).toBe('due hours');
  });
});
