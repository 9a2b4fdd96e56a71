import { type BookingViolation, hasOverlap } from './bookingViolations';

/** A coordinator's decision to book a time that breaks the booking rule. */
export type BookingOverride = { isChecked: boolean; reason: string };

export const NO_OVERRIDE: BookingOverride = { isChecked: false, reason: '' };

export type OverrideProblem = {
  /** Shown in the conflicts notice. */
  notice?: string;
  /** Shown on the reason field. */
  reason?: string;
};

/**
 * Why a booking with these violations may not be sent yet, or null when it
 * may: no violations, or a coordinator ticked "Book anyway" with a reason.
 */
export function overrideProblem(
  violations: readonly BookingViolation[],
  canOverride: boolean,
  override: BookingOverride,
): OverrideProblem | null {
  if (!violations.length) {
    return null;
  }
  if (hasOverlap(violations)) {
    // The notice already says why there is no override.
    return { notice: 'Not booked. Pick another time or another interviewer.' };
  }
  if (!canOverride) {
    return { notice: 'Pick another time or another interviewer.' };
  }
  if (!override.isChecked) {
    return {
      notice: 'Tick “Book anyway” and give a reason, or pick another time.',
    };
  }
  if (!override.reason.trim()) {
    return {
      reason:
        'Say why this time is booked anyway; it is kept in the session history.',
    };
  }

  return null;
}
