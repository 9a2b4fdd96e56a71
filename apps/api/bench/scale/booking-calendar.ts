import { type BookingViolation, checkBookable, type Interval } from '@panelwise/domain-scheduling';

import { SessionStatus } from '@api/core/session-status';

import { DAY_MS, type Interviewer, type PlannedSession } from './scale-world';

/** The generated team's minimumBookingNoticeMinutes (stored with the team). */
export const BOOKING_NOTICE_MINUTES = 60;
/** Sessions this far either side of a time count toward the caps of its ISO week in any zone (as the API loads them). */
const CAP_WINDOW_MS = 8 * DAY_MS;

/** Cancelled and no-show sessions free their panel's time (session_panelist.is_active). */
export function isActiveBooking(session: PlannedSession): boolean {
  return session.status !== SessionStatus.CANCELLED && session.status !== SessionStatus.NO_SHOW;
}

/**
 * Every interviewer's active bookings from a week before `now` on, so that
 * sessions can be placed under the booking rule (checkBookable, as
 * scheduleSession applies it). Sessions from `ruledFrom` on keep the rule:
 * that covers every ISO week a future session counts its caps in. Older ones
 * are history the rule never saw (availability then is not known).
 */
export class BookingCalendar {
  readonly ruledFrom: number;
  private readonly booked = new Map<Interviewer, Interval[]>();

  constructor(readonly now: Date) {
    this.ruledFrom = now.getTime() - CAP_WINDOW_MS;
  }

  isRuled(start: Date): boolean {
    return start.getTime() >= this.ruledFrom;
  }

  /** What booking `interval` for `interviewer` at `bookedAt` breaks, against the bookings added so far. */
  violations(interviewer: Interviewer, interval: Interval, bookedAt: Date): BookingViolation[] {
    const from = interval.start.getTime() - CAP_WINDOW_MS;
    const to = interval.end.getTime() + CAP_WINDOW_MS;
    const sessions = (this.booked.get(interviewer) ?? []).filter((other) => other.end.getTime() > from && other.start.getTime() < to);

    return checkBookable({
      interviewers: [{ interviewerId: interviewer.id, availability: interviewer.availability, sessions }],
      interval,
      now: bookedAt,
      minimumNoticeMinutes: BOOKING_NOTICE_MINUTES,
    });
  }

  /**
   * Whether `interviewer` may take `interval`: always before `ruledFrom`, else
   * when it breaks no rule. A future time is booked now; a recent past one was
   * booked a day ahead.
   */
  fits(interviewer: Interviewer, interval: Interval): boolean {
    if (!this.isRuled(interval.start)) {
      return true;
    }
    const bookedAt = new Date(Math.min(this.now.getTime(), interval.start.getTime() - DAY_MS));

    return this.violations(interviewer, interval, bookedAt).length === 0;
  }

  add(session: PlannedSession): void {
    if (!isActiveBooking(session) || session.endsAt.getTime() <= this.ruledFrom - CAP_WINDOW_MS) {
      return;
    }
    for (const seat of session.panel) {
      const list = this.booked.get(seat.interviewer) ?? [];
      list.push({ start: session.startsAt, end: session.endsAt });
      this.booked.set(seat.interviewer, list);
    }
  }
}
