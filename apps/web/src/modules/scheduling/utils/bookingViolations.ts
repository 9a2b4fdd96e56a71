import type {
  BookingRule,
  BookingViolationFieldsFragment,
} from '@web/generated/graphql';

export type BookingViolation = BookingViolationFieldsFragment;

/** The rule's name as a coordinator reads it. */
export const RULE_LABELS: Record<BookingRule, string> = {
  OUTSIDE_AVAILABILITY: 'Outside availability',
  TIME_OFF: 'Time off',
  DAILY_CAP: 'Daily cap',
  WEEKLY_CAP: 'Weekly cap',
  BUFFER: 'Buffer between sessions',
  OVERLAP: 'Double booking',
  IN_THE_PAST: 'In the past',
  MINIMUM_NOTICE: 'Minimum notice',
};

const RULES = new Set<string>(Object.keys(RULE_LABELS));

function isBookingRule(value: unknown): value is BookingRule {
  return typeof value === 'string' && RULES.has(value);
}

/** "Ana Lopez is not available Mon 2026-03-09 03:00–04:00 (UTC)": the API's detail leaves out the name. */
export function violationSentence(violation: BookingViolation): string {
  return `${violation.name ?? 'The session'} ${violation.detail}`;
}

/** A double booking is never overridable: a person holds one session at a time. */
export function hasOverlap(violations: readonly BookingViolation[]): boolean {
  return violations.some((violation) => violation.rule === 'OVERLAP');
}

/** The violations of a NOT_BOOKABLE refusal, keeping only well-formed entries. */
export function parseViolations(value: unknown): BookingViolation[] {
  if (!Array.isArray(value)) {
    return [];
  }

  return value.flatMap((entry: unknown): BookingViolation[] => {
    if (typeof entry !== 'object' || entry === null) {
      return [];
    }
    const { userId, name, rule, detail } = entry as Record<string, unknown>;
    if (!isBookingRule(rule) || typeof detail !== 'string') {
      return [];
    }

    return [
      {
        userId: typeof userId === 'string' ? userId : null,
        name: typeof name === 'string' ? name : null,
        rule,
        detail,
      },
    ];
  });
}
