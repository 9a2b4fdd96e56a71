import { checkBookable } from '@panelwise/domain-scheduling';

import { SessionStatus } from '@api/core/session-status';

import { BOOKING_NOTICE_MINUTES, isActiveBooking } from './booking-calendar';
import { bookingEvent, OPEN_NOW_OVERRIDE_REASON } from './room-sessions';
import { planRubricsAndKits } from './rubric-kit-phase';
import { type BankQuestion, type Interviewer, type PlannedSession, scaleSizes } from './scale-world';
import { IdStream } from './seeded';
import { planSessions } from './session-plan';
import { planTeam } from './team-phase';

const SEED = 20261125;

function bank(count: number): BankQuestion[] {
  const ids = new IdStream(SEED, 'test-questions');

  return Array.from({ length: count }, (_, index) => ({ id: ids.next(), revisionId: ids.next(), kindKey: 'technical', followUpCount: index % 4 }));
}

/** The smallest team the generator builds, planned in memory as `generate` plans it. */
function generate(now: Date) {
  const sizes = scaleSizes(0.01);
  const team = planTeam(SEED, sizes, now);
  const questions = bank(120);
  const { kits } = planRubricsAndKits(SEED, questions, team.teamCreatedAt);

  return { team, ...planSessions(SEED, sizes, now, team, questions, kits) };
}

/** Each panelist's active sessions, as bookingConflicts would load them. */
function bookingsOf(sessions: PlannedSession[]): Map<Interviewer, PlannedSession[]> {
  const byInterviewer = new Map<Interviewer, PlannedSession[]>();
  for (const session of sessions.filter(isActiveBooking)) {
    for (const seat of session.panel) {
      byInterviewer.set(seat.interviewer, [...(byInterviewer.get(seat.interviewer) ?? []), session]);
    }
  }

  return byInterviewer;
}

/** What checkBookable says of `session`'s time for its whole panel, the session itself left out. */
function violationsOf(session: PlannedSession, bookings: Map<Interviewer, PlannedSession[]>, now: Date) {
  return checkBookable({
    interviewers: session.panel.map((seat) => ({
      interviewerId: seat.interviewer.id,
      availability: seat.interviewer.availability,
      sessions: (bookings.get(seat.interviewer) ?? []).filter((other) => other !== session).map((other) => ({ start: other.startsAt, end: other.endsAt })),
    })),
    interval: { start: session.startsAt, end: session.endsAt },
    now,
    minimumNoticeMinutes: BOOKING_NOTICE_MINUTES,
  });
}

// A Friday before Europe's spring change, and a Sunday night of America's autumn one.
describe.each([new Date('2026-03-27T10:17:00.000Z'), new Date('2026-11-01T05:43:00.000Z')])('planSessions at %s', (now) => {
  const world = generate(now);
  const bookings = bookingsOf(world.sessions);
  const openNow = new Set([world.open.probes.small, world.open.probes.large, ...world.open.rooms]);
  const future = world.sessions.filter((session) => session.status === SessionStatus.SCHEDULED && session.startsAt > now);
  const booked = future.filter((session) => !openNow.has(session));

  it('should book every future session inside the panel’s availability, caps and buffers, after the notice', () => {
    expect(booked.length).toBeGreaterThan(50);
    const broken = booked.flatMap((session) =>
      violationsOf(session, bookings, now).map((violation) => `${session.startsAt.toISOString()} ${violation.rule} ${violation.detail}`),
    );

    expect(broken).toEqual([]);
  });

  it('should have booked every future session at least the notice ahead', () => {
    const late = booked.filter((session) => session.startsAt.getTime() - bookingEvent(session).at.getTime() < BOOKING_NOTICE_MINUTES * 60_000);

    expect(late).toEqual([]);
  });

  it('should record an override, with its reason and the rules broken, on each open-now session that breaks the rule', () => {
    const overridden = [...openNow].filter((session) => bookingEvent(session).details['overrodeAvailability'] === true);
    expect(overridden.length).toBeGreaterThan(0);
    for (const session of openNow) {
      const event = bookingEvent(session);
      const expected = violationsOf(session, bookings, event.at).map((violation) => [
        violation.interviewerId,
        violation.rule,
        violation.detail,
      ]);
      const recorded = ((event.details['availabilityViolations'] ?? []) as { userId: string | null; rule: string; detail: string }[]).map(
        (violation) => [violation.userId, violation.rule, violation.detail],
      );

      expect(recorded.sort()).toEqual(expected.sort());
      expect(event.details['overrodeAvailability'] ?? false).toBe(expected.length > 0);
      if (expected.length) {
        expect(event.details['availabilityOverrideReason']).toBe(OPEN_NOW_OVERRIDE_REASON);
      }
    }
  });

  it('should still give the probes their fixed sessions', () => {
    const upcoming = (interviewer: Interviewer) =>
      future.filter((session) => session.startsAt.getTime() < now.getTime() + 14 * 86_400_000 && session.panel.some((seat) => seat.interviewer === interviewer)).length;

    expect(upcoming(world.homeProbes.small)).toBe(2);
    expect(upcoming(world.homeProbes.large)).toBe(25);
    expect(world.slotPanel.every((interviewer) => upcoming(interviewer) >= 3)).toBe(true);
  });
});
