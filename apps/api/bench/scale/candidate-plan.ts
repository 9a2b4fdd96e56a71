import { DEEP_DIVE, KIT_ROLES, LEGACY_KIT, PHONE_SCREEN } from './rubric-kit-phase';
import { type Candidate, DAY_MS, type Interviewer, type Kit, type ScaleSizes } from './scale-world';
import { between, chance, gaussian, IdStream, pickOne, type Random, weighted } from './seeded';
import { FIRST_NAMES, LAST_NAMES, noteText } from './text';

/** One session to place on the calendar: a day, a kit, maybe a fixed lead. */
export type SessionRequest = {
  candidate: Candidate;
  /** Days from today (UTC); weekends move to the Monday. */
  day: number;
  kit: Kit;
  forcedLead: Interviewer | null;
  forcedOutcome: 'COMPLETED' | 'SCHEDULED' | null;
  isFullyScored: boolean;
};

export type CandidatePlan = {
  candidates: Candidate[];
  requests: SessionRequest[];
  /** Candidates of the open-now sessions, built separately (room probes first: small, large). */
  roomCandidates: Candidate[];
  reviewProbe: { small: Candidate; large: Candidate };
};

const PAST_DAYS = 730;
const SESSIONS_WEIGHTS: readonly (readonly [number, number])[] = [[1, 22], [2, 20], [3, 20], [4, 18], [5, 11], [6, 9]];

export function kitsForRole(kits: Kit[], role: string): Kit[] {
  return kits.filter((kit) => kit.role === role && !kit.archivedAt);
}

/** The kit of a candidate's n-th session: often a phone screen first, then loops of their role. */
function kitFor(random: Random, kits: Kit[], candidate: Candidate, ordinal: number, day: number): Kit {
  const named = (name: string) => kits.find((kit) => kit.name === name) as Kit;
  if (day < -400 && chance(random, 0.15)) {
    return named(LEGACY_KIT);
  }
  if (ordinal === 0 && chance(random, 0.3)) {
    return named(PHONE_SCREEN);
  }
  if (chance(random, 0.02)) {
    return named(DEEP_DIVE);
  }

  return pickOne(random, kitsForRole(kits, candidate.role));
}

/**
 * The team's candidates and the sessions each one asks for, in total exactly
 * `sizes.sessions` with the open-now ones. Probes and review candidates get
 * fixed shapes; everyone else a realistic spread over two years.
 */
export function planCandidates(
  seed: number,
  random: Random,
  sizes: ScaleSizes,
  kits: Kit[],
  homeProbes: { small: Interviewer; large: Interviewer },
  slotPanel: Interviewer[],
  now: Date,
): CandidatePlan {
  const ids = new IdStream(seed, 'candidate');
  const candidates: Candidate[] = Array.from({ length: sizes.candidates }, (_, index) => {
    const first = pickOne(random, FIRST_NAMES);
    const last = pickOne(random, LAST_NAMES);

    return {
      id: ids.next(),
      index,
      name: `${first} ${last}`,
      email: `${first}.${last}.${index + 1}@candidates.example`.toLowerCase(),
      role: pickOne(random, KIT_ROLES),
      notes: chance(random, 0.3) ? noteText(random, between(random, 1, 3)) : '',
      createdAt: now,
      ability: Math.max(0.05, Math.min(0.95, 0.5 + gaussian(random) * 0.2)),
      isAnonymised: false,
      sessions: [],
    };
  });
  const requests: SessionRequest[] = [];
  const firstDay = new Map<Candidate, number>();
  const request = (candidate: Candidate, day: number, ordinal: number, extra: Partial<SessionRequest> = {}) => {
    firstDay.set(candidate, Math.min(firstDay.get(candidate) ?? 0, day));
    requests.push({ candidate, day, kit: kitFor(random, kits, candidate, ordinal, day), forcedLead: null, forcedOutcome: null, isFullyScored: false, ...extra });
  };
  let next = 0;
  const take = () => candidates[next++];

  // Candidate review probes: one session, and six, all scored.
  const small = take();
  request(small, -40, 1, { forcedOutcome: 'COMPLETED', isFullyScored: true });
  const large = take();
  for (let ordinal = 0; ordinal < 6; ordinal += 1) {
    request(large, -75 + ordinal * 7, ordinal + 1, { forcedOutcome: 'COMPLETED', isFullyScored: true });
  }
  // Open-now sessions: two probes (2 and 12 questions), then the room load; some met the team before.
  const roomCandidates = Array.from({ length: sizes.roomSessions + 2 }, () => take());
  for (const candidate of roomCandidates.slice(2)) {
    const earlier = between(random, 0, 2);
    for (let ordinal = 0; ordinal < earlier; ordinal += 1) {
      request(candidate, -30 + ordinal * 9, ordinal);
    }
  }
  // Interviewer home probes: 2 and 25 sessions in the next 14 days, each with a candidate of its own.
  const homeDays = (count: number) => Array.from({ length: count }, (_, index) => 1 + Math.floor((index * 10) / count));
  for (const [lead, count] of [[homeProbes.small, 2], [homeProbes.large, 25]] as const) {
    for (const day of homeDays(count)) {
      request(take(), day, 1, { forcedLead: lead, forcedOutcome: 'SCHEDULED' });
    }
  }
  // The slot-finder panel: a few bookings each in the next two weeks, besides any drawn at random.
  for (const [index, lead] of slotPanel.entries()) {
    for (const day of [2 + index, 6 + index, 9 + index]) {
      request(take(), day, 1, { forcedLead: lead, forcedOutcome: 'SCHEDULED' });
    }
  }

  const ordinary = candidates.slice(next);
  const budget = sizes.sessions - requests.length - roomCandidates.length;
  const counts = ordinary.map(() => weighted(random, SESSIONS_WEIGHTS));
  let total = counts.reduce((sum, count) => sum + count, 0);
  if (budget < ordinary.length) {
    throw new Error(`${sizes.sessions} sessions cannot give ${sizes.candidates} candidates one each`);
  }
  while (total !== budget) {
    const index = Math.floor(random() * counts.length);
    const count = counts[index];
    if (total > budget && count > 1) {
      counts[index] = count - 1;
      total -= 1;
    } else if (total < budget && count < 6) {
      counts[index] = count + 1;
      total += 1;
    }
  }
  let reviewQuota = sizes.reviewCandidates;
  for (const [index, candidate] of ordinary.entries()) {
    const count = counts[index];
    const days: number[] = [];
    let day = between(random, -PAST_DAYS, 14);
    for (let ordinal = 0; ordinal < count; ordinal += 1) {
      days.push(day);
      day += between(random, 2, 9);
    }
    // The first candidates whose loop is over (2-5 sessions) are kept fully scored for the review load.
    const isReview = reviewQuota > 0 && count >= 2 && count <= 5 && (days.at(-1) as number) <= -3;
    if (isReview) {
      reviewQuota -= 1;
    } else if ((days.at(-1) as number) < -60 && chance(random, 0.005)) {
      candidate.isAnonymised = true;
    }
    days.forEach((sessionDay, ordinal) =>
      request(candidate, sessionDay, ordinal, isReview ? { forcedOutcome: 'COMPLETED', isFullyScored: true } : {}),
    );
  }
  for (const candidate of candidates) {
    const first = firstDay.get(candidate) ?? 0;
    candidate.createdAt = new Date(now.getTime() + (first - between(random, 1, 6)) * DAY_MS);
  }

  return { candidates, requests, roomCandidates, reviewProbe: { small, large } };
}
