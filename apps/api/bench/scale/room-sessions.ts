import { PanelRole, SessionStatus } from '@api/core/session-status';

import type { BookingViolation } from '@panelwise/domain-scheduling';

import type { BookingCalendar } from './booking-calendar';
import { kitsForRole } from './candidate-plan';
import { DEEP_DIVE, PHONE_SCREEN } from './rubric-kit-phase';
import type { SessionFactory } from './session-details';
import { type Candidate, type Interviewer, type Kit, minutesAfter, type PlannedSession, type Seat, type SessionEvent } from './scale-world';
import { between, pickOne, type Random, sample } from './seeded';

export type OpenSessions = { probes: { small: PlannedSession; large: PlannedSession }; rooms: PlannedSession[] };

/**
 * Sessions open right now, each with a panel of its own: three in four
 * started a few minutes ago, the others start within 30 minutes (the room
 * opens 30 minutes ahead). The two probes run plans of 2 and 12 questions.
 */
export function planOpenSessions(
  random: Random,
  candidates: Candidate[],
  interviewers: Interviewer[],
  kits: Kit[],
  factory: SessionFactory,
  now: Date,
): OpenSessions {
  const pool = sample(random, interviewers.filter((interviewer) => !interviewer.isReserved), interviewers.length);
  let next = 0;
  const seat = (role: PanelRole): Seat => {
    const interviewer = pool[next++];
    if (!interviewer) {
      throw new Error('Not enough interviewers for the open-now sessions');
    }

    return { interviewer, role };
  };
  const named = (name: string) => kits.find((kit) => kit.name === name) as Kit;
  const open = (candidate: Candidate, kit: Kit, index: number): PlannedSession => {
    const isStarted = index % 4 !== 3;
    const panel = [seat(PanelRole.LEAD), seat(PanelRole.CO_INTERVIEWER), ...(index % 4 === 1 ? [seat(PanelRole.SHADOW)] : [])];
    // Started ones still have at least 15 minutes to run.
    const startsAt = isStarted ? minutesAfter(now, -between(random, 5, Math.min(40, kit.durationMinutes - 15))) : minutesAfter(now, between(random, 5, 25));
    const session = factory.build({
      candidate,
      kit,
      startsAt,
      panel,
      status: isStarted ? SessionStatus.IN_PROGRESS : SessionStatus.SCHEDULED,
      startedAt: isStarted ? minutesAfter(startsAt, between(random, 0, 3)) : undefined,
      isFullyScored: false,
    });
    candidate.sessions.push(session);

    return session;
  };
  const [smallCandidate, largeCandidate, ...roomCandidates] = candidates as [Candidate, Candidate, ...Candidate[]];
  const probes = { small: open(smallCandidate, named(PHONE_SCREEN), 0), large: open(largeCandidate, named(DEEP_DIVE), 0) };
  const rooms = roomCandidates.map((candidate, index) => open(candidate, pickOne(random, kitsForRole(kits, candidate.role)), index));

  return { probes, rooms };
}

export const OPEN_NOW_OVERRIDE_REASON = 'Booked for the room load test: it runs now, whoever is available';

/** The event that booked the session's current time: its scheduling, or its last move. */
export function bookingEvent(session: PlannedSession): SessionEvent {
  return session.events.filter((event) => event.kind === 'SCHEDULED' || event.kind === 'RESCHEDULED').at(-1) as SessionEvent;
}

/**
 * The open-now sessions run now whatever their panel's availability: where
 * the time broke the booking rule when it was booked, the booking event
 * records a coordinator's override with its reason and the rules broken,
 * as scheduleSession writes them. Each is then added to `bookings`.
 */
export function recordAvailabilityOverrides(sessions: PlannedSession[], bookings: BookingCalendar): void {
  for (const session of sessions) {
    const event = bookingEvent(session);
    const interval = { start: session.startsAt, end: session.endsAt };
    const found = session.panel.map((seat) => ({ seat, violations: bookings.violations(seat.interviewer, interval, event.at) }));
    // The time rules (no panelist) come once per panelist checked: keep the first.
    const timeRules: BookingViolation[] = (found[0]?.violations ?? []).filter((violation) => violation.interviewerId === null);
    const violations = [
      ...found.flatMap(({ seat, violations: each }) =>
        each.filter((violation) => violation.interviewerId !== null).map((violation) => ({ userId: seat.interviewer.id, name: seat.interviewer.name, rule: violation.rule, detail: violation.detail })),
      ),
      ...timeRules.map((violation) => ({ userId: null, name: null, rule: violation.rule, detail: violation.detail })),
    ];
    if (violations.length) {
      event.details = { ...event.details, overrodeAvailability: true, availabilityOverrideReason: OPEN_NOW_OVERRIDE_REASON, availabilityViolations: violations };
    }
    bookings.add(session);
  }
}
