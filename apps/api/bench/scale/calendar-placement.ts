import { PanelRole } from '@api/core/session-status';

import type { BookingCalendar } from './booking-calendar';
import type { SessionRequest } from './candidate-plan';
import type { SessionFactory } from './session-details';
import { type Candidate, DAY_MS, HOUR_MS, type Interviewer, type PlannedSession, type Seat } from './scale-world';
import { chance, type Random, sample } from './seeded';

/** Sessions start on the hour, 08:00-17:00 UTC, and last at most an hour: two slots never overlap. */
const FIRST_HOUR = 8;
const SLOTS_PER_DAY = 10;
/** Around now only the open-now sessions run, so nothing else needs to avoid their panels. */
export const OPEN_WINDOW_MS = 2 * HOUR_MS;
const PICK_TRIES = 400;

type Slot = { start: Date; busy: Uint8Array; candidates: Set<Candidate> };

function weekday(anchorDay: number, day: number): number {
  const dow = new Date(anchorDay + day * DAY_MS).getUTCDay();

  return dow === 6 ? day + 2 : dow === 0 ? day + 1 : day;
}

/**
 * Places each requested session in an hourly slot of its day with a panel
 * (lead, one or two co-interviewers, sometimes a shadow) of interviewers free
 * in that slot, so no interviewer ever holds two overlapping sessions. From a
 * week ago on, every panelist also keeps the booking rule (inside their
 * availability, under their caps, clear of their buffers, with the notice):
 * `bookings` holds what is already booked (the open-now sessions) and takes
 * each session placed.
 */
export function placeOnCalendar(
  random: Random,
  requests: SessionRequest[],
  interviewers: Interviewer[],
  factory: SessionFactory,
  now: Date,
  bookings: BookingCalendar,
): PlannedSession[] {
  const anchorDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const byDay = new Map<number, SessionRequest[]>();
  const enqueue = (request: SessionRequest, day: number) => {
    const list = byDay.get(day) ?? [];
    list.push(request);
    byDay.set(day, list);
  };
  for (const request of requests) {
    enqueue(request, weekday(anchorDay, request.day));
  }
  const sessions: PlannedSession[] = [];
  const reservedFrom = now.getTime() - 13 * HOUR_MS;
  const pick = (slot: Slot, taken: Set<number>, minutes: number): Interviewer | null => {
    const interval = { start: slot.start, end: new Date(slot.start.getTime() + minutes * 60_000) };
    for (let tries = 0; tries < PICK_TRIES; tries += 1) {
      const index = Math.floor(random() * interviewers.length);
      const interviewer = interviewers[index];
      if (slot.busy[index] || taken.has(index) || (interviewer.isReserved && slot.start.getTime() >= reservedFrom) || random() > interviewer.activity) {
        continue;
      }
      if (!bookings.fits(interviewer, interval)) {
        continue;
      }

      return interviewer;
    }

    return null;
  };
  const seatPanel = (slot: Slot, request: SessionRequest): Seat[] | null => {
    const taken = new Set<number>();
    const minutes = request.kit.durationMinutes;
    const lead = request.forcedLead ?? pick(slot, taken, minutes);
    const leadFits = lead !== null && bookings.fits(lead, { start: slot.start, end: new Date(slot.start.getTime() + minutes * 60_000) });
    if (!lead || slot.busy[lead.index] || !leadFits) {
      return null;
    }
    taken.add(lead.index);
    const panel: Seat[] = [{ interviewer: lead, role: PanelRole.LEAD }];
    const others = chance(random, 0.9) ? 2 : 1;
    const shadows = chance(random, 0.1) ? 1 : 0;
    for (let seat = 0; seat < others + shadows; seat += 1) {
      const interviewer = pick(slot, taken, minutes);
      if (!interviewer) {
        return null;
      }
      taken.add(interviewer.index);
      panel.push({ interviewer, role: seat < others ? PanelRole.CO_INTERVIEWER : PanelRole.SHADOW });
    }

    return panel;
  };

  const days = [...byDay.keys()];
  let day = Math.min(...days);
  let lastDay = Math.max(...days);
  for (; day <= lastDay; day += 1) {
    const todays = byDay.get(day);
    if (!todays) {
      continue;
    }
    const slots: Slot[] = [];
    for (let hour = FIRST_HOUR; hour < FIRST_HOUR + SLOTS_PER_DAY; hour += 1) {
      const start = anchorDay + day * DAY_MS + hour * HOUR_MS;
      if (start < now.getTime() + OPEN_WINDOW_MS && start + HOUR_MS > now.getTime() - OPEN_WINDOW_MS) {
        continue;
      }
      slots.push({ start: new Date(start), busy: new Uint8Array(interviewers.length), candidates: new Set() });
    }
    for (const request of sample(random, todays, todays.length)) {
      const offset = Math.floor(random() * slots.length);
      let placed = false;
      for (let step = 0; step < slots.length && !placed; step += 1) {
        const slot = slots[(offset + step) % slots.length];
        if (slot.candidates.has(request.candidate)) {
          continue;
        }
        const panel = seatPanel(slot, request);
        if (!panel) {
          continue;
        }
        for (const seat of panel) {
          slot.busy[seat.interviewer.index] = 1;
        }
        slot.candidates.add(request.candidate);
        const status = factory.outcome(slot.start, request.forcedOutcome);
        const session = factory.build({ candidate: request.candidate, kit: request.kit, startsAt: slot.start, panel, status, isFullyScored: request.isFullyScored });
        request.candidate.sessions.push(session);
        sessions.push(session);
        bookings.add(session);
        placed = true;
      }
      if (!placed) {
        const nextDay = weekday(anchorDay, day + 1);
        enqueue(request, nextDay);
        lastDay = Math.max(lastDay, nextDay);
      }
    }
    byDay.delete(day);
  }

  return sessions;
}
