import { describe, expect, it } from 'vitest';

import {
  addCustomFollowUp,
  EMPTY_NOTE,
  noteRecord,
  questionIdOfRecord,
  removeCustomFollowUp,
  toggleFollowUp,
} from './noteValue';

describe(toggleFollowUp.name, () => {
  it('should tick and untick follow-ups, keeping indexes sorted', () => {
    const ticked = toggleFollowUp(toggleFollowUp(EMPTY_NOTE, 3), 1);

    expect(ticked.followUpsAsked).toEqual([1, 3]);
    expect(toggleFollowUp(ticked, 3).followUpsAsked).toEqual([1]);
  });
});

describe(addCustomFollowUp.name, () => {
  it('should add a trimmed follow-up once, and ignore blank ones', () => {
    const added = addCustomFollowUp(EMPTY_NOTE, '  Why not a queue? ');

    expect(added.customFollowUps).toEqual(['Why not a queue?']);
    expect(addCustomFollowUp(added, 'Why not a queue?')).toBe(added);
    expect(addCustomFollowUp(added, '   ')).toBe(added);
    expect(removeCustomFollowUp(added, 0).customFollowUps).toEqual([]);
  });
});

describe(noteRecord.name, () => {
  it('should round-trip question notes and the overall note', () => {
    expect(questionIdOfRecord(noteRecord('sq-1'))).toBe('sq-1');
    expect(questionIdOfRecord(noteRecord(null))).toBeNull();
    expect(questionIdOfRecord('scorecard')).toBeUndefined();
  });
});
