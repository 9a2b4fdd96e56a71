import { BookingCalendar } from './booking-calendar';
import { placeOnCalendar } from './calendar-placement';
import { type CandidatePlan, planCandidates } from './candidate-plan';
import { type OpenSessions, planOpenSessions, recordAvailabilityOverrides } from './room-sessions';
import type { BankQuestion, Interviewer, Kit, PlannedSession, ScaleSizes, WorldUser } from './scale-world';
import { stream } from './seeded';
import { SessionFactory } from './session-details';
import { RESERVED } from './team-phase';

export type SessionPlan = {
  plan: CandidatePlan;
  open: OpenSessions;
  /** Every session, in the order they run. */
  sessions: PlannedSession[];
  homeProbes: { small: Interviewer; large: Interviewer };
  slotPanel: Interviewer[];
};

/**
 * Every candidate and session of the team, in memory. The open-now sessions
 * come first (they run now whatever anyone's availability, so they are booked
 * with a recorded override where they break the rule); the calendar then
 * keeps the booking rule for every session from a week ago on.
 */
export function planSessions(
  seed: number,
  sizes: ScaleSizes,
  now: Date,
  team: { coordinators: WorldUser[]; interviewers: Interviewer[] },
  questions: BankQuestion[],
  kits: Kit[],
): SessionPlan {
  const interviewer = (index: number) => team.interviewers[index];
  const homeProbes = { small: interviewer(RESERVED.homeSmall), large: interviewer(RESERVED.homeLarge) };
  const slotPanel = RESERVED.slotPanel.map(interviewer);
  const random = stream(seed, 'plan');
  const factory = new SessionFactory(seed, now, team.coordinators, questions);
  const plan = planCandidates(seed, random, sizes, kits, homeProbes, slotPanel, now);
  const bookings = new BookingCalendar(now);
  const open = planOpenSessions(random, plan.roomCandidates, team.interviewers, kits, factory, now);
  recordAvailabilityOverrides([open.probes.small, open.probes.large, ...open.rooms], bookings);
  const calendar = placeOnCalendar(random, plan.requests, team.interviewers, factory, now, bookings);
  const sessions: PlannedSession[] = [...calendar, open.probes.small, open.probes.large, ...open.rooms].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : 1),
  );

  return { plan, open, sessions, homeProbes, slotPanel };
}
