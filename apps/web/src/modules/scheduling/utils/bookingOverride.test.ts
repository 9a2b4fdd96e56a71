import { describe, expect, it } from 'vitest';

import { NO_OVERRIDE, overrideProblem } from './bookingOverride';
import type { BookingViolation } from './bookingViolations';

const CAP: BookingViolation = {
  userId: 'user-ana',
  name: 'Ana Lopez',
  rule: 'WEEKLY_CAP',
  detail:
    'already has 6 sessions in the week of 2030-03-04 (UTC), their weekly cap is 6',
};
const OVERLAP: BookingViolation = {
  ...CAP,
  rule: 'OVERLAP',
  detail: 'already has a session during …',
};
const TICKED = { isChecked: true, reason: 'Agreed with Ana' };

describe(overrideProblem.name, () => {
  it('should let a bookable time through without an override', () => {
    expect(overrideProblem([], false, NO_OVERRIDE)).toBeNull();
  });

  it('should let a coordinator through once "Book anyway" is ticked with a reason', () => {
    expect(overrideProblem([CAP], true, TICKED)).toBeNull();
  });

  it('should ask for the tick, then for a reason that is not blank', () => {
    expect(overrideProblem([CAP], true, NO_OVERRIDE)?.notice).toMatch(
      /Tick “Book anyway”/,
    );
    expect(
      overrideProblem([CAP], true, { isChecked: true, reason: '  ' })?.reason,
    ).toMatch(/Say why/);
  });

  it('should never let a double booking through, ticked or not', () => {
    expect(overrideProblem([CAP, OVERLAP], true, TICKED)?.notice).toMatch(
      /^Not booked/,
    );
  });

  it('should not let someone who may not override through', () => {
    expect(overrideProblem([CAP], false, TICKED)?.notice).toBe(
      'Pick another time or another interviewer.',
    );
  });
});
