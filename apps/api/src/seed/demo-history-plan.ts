import { type Availability, checkBookable, type Interval } from '@panelwise/domain-scheduling';

/** One demo interviewer's habits: how they rate against the truth and how long they take to submit. */
export type DemoInterviewerHabit = {
  email: string;
  /** Added to every rating before rounding: above 0 lenient, below 0 severe. */
  bias: number;
  /** Typical hours from the end of a session to the submitted scorecard. */
  typicalHoursToSubmit: number;
};

export type DemoInterviewer = DemoInterviewerHabit & { id: string; availability: Availability };

export type PlannedScorecard = {
  interviewerId: string;
  /** Null: still owed (no scorecard, or a draft when `isDraft`). */
  submittedAt: Date | null;
  isDraft: boolean;
  /** Level 1-4 per competency, in the order of the plan's competencies. */
  levels: number[];
  /** Level per asked question, in plan order. */
  questionLevels: number[];
};

export type PlannedSession = {
  candidateIndex: number;
  start: Date;
  end: Date;
  /** When it was booked: the booking rule held at this moment. */
  bookedAt: Date;
  startedAt: Date;
  completedAt: Date;
  /** Lead first. */
  panelIds: string[];
  askedQuestions: number;
  scorecards: PlannedScorecard[];
};

export type PlannedDecision = { candidateIndex: number; decision: 'ADVANCE' | 'HOLD' | 'REJECT'; decidedAt: Date; meanRating: number };

export type DemoHistoryPlan = { sessions: PlannedSession[]; decisions: PlannedDecision[] };

export type DemoHistoryInput = {
  now: Date;
  interviewers: DemoInterviewer[];
  candidateCount: number;
  competencyCount: number;
  /** Questions in the kit; sessions ask most of them. */
  questionCount: number;
  minimumNoticeMinutes: number;
};

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const HISTORY_DAYS = 120;
/** The newest history ends this long ago, so this week's calendar stays open for new bookings. */
const NEWEST_DAYS_AGO = 3;
const SESSION_MINUTES = 60;
const BOOKED_DAYS_AHEAD = 6;
// Starts tried each day, in UTC; the rule picks the ones inside everyone's windows.
const START_MINUTES_UTC = [9, 10, 11, 12, 13, 14, 15, 16].flatMap((hour) => [hour * 60, hour * 60 + 30]);

/** A small deterministic generator (mulberry32): the same plan on every start. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function normal(random: () => number): number {
  // Box-Muller; 1 - u keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function clampLevel(value: number): number {
  return Math.min(4, Math.max(1, Math.round(value)));
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }

  return copy;
}

function isWeekday(dayStart: Date): boolean {
  const weekday = dayStart.getUTCDay();

  return weekday !== 0 && weekday !== 6;
}

/**
 * A few months of sessions that each passed the booking rule when they were
 * booked (a few days ahead, against every earlier session of the plan),
 * panels of two or three, ratings from each candidate's ability plus each
 * interviewer's bias and noise, submission delays around each interviewer's
 * habit, and the last sessions still owing scorecards.
 */
export function planDemoHistory(input: DemoHistoryInput): DemoHistoryPlan {
  const random = seededRandom(20_261_207);
  const booked = new Map<string, Interval[]>(input.interviewers.map((person) => [person.id, []]));
  const firstDay = new Date(input.now.getTime() - HISTORY_DAYS * DAY_MS);
  firstDay.setUTCHours(0, 0, 0, 0);
  const lastStart = input.now.getTime() - NEWEST_DAYS_AGO * DAY_MS;
  const abilities = Array.from({ length: input.candidateCount }, () => {
    const overall = 1.3 + random() * 2.8;

    return Array.from({ length: input.competencyCount }, () => overall + normal(random) * 0.35);
  });
  const sessions: PlannedSession[] = [];
  let candidateIndex = 0;
  let sessionsOfCandidate = 0;
  const sessionsPerCandidate = () => 1 + Math.floor(random() * 3);
  let candidateTarget = sessionsPerCandidate();

  for (let day = firstDay.getTime(); day < lastStart; day += DAY_MS) {
    const dayStart = new Date(day);
    // About three sessions a week, on weekdays.
    if (!isWeekday(dayStart) || random() > 0.62 || candidateIndex >= input.candidateCount) {
      continue;
    }
    const panelSize = random() < 0.3 ? 3 : 2;
    const session = bookFirstFit(input, booked, dayStart, panelSize, random);
    if (!session || session.start.getTime() > lastStart) {
      continue;
    }
    for (const id of session.panelIds) {
      booked.get(id)?.push({ start: session.start, end: session.end });
    }
    sessions.push({ ...session, candidateIndex, ...rate(input, session, abilities[candidateIndex] ?? [], random) });
    sessionsOfCandidate += 1;
    if (sessionsOfCandidate >= candidateTarget) {
      candidateIndex += 1;
      sessionsOfCandidate = 0;
      candidateTarget = sessionsPerCandidate();
    }
  }
  markOwed(sessions, input.interviewers, input.now);

  return { sessions, decisions: decide(sessions, input.now) };
}

type BookedSlot = Pick<PlannedSession, 'start' | 'end' | 'bookedAt' | 'startedAt' | 'completedAt' | 'panelIds'>;

// The first start of the day where some panel of `size` passes the booking rule as it stood when booked.
function bookFirstFit(
  input: DemoHistoryInput,
  booked: Map<string, Interval[]>,
  dayStart: Date,
  size: number,
  random: () => number,
): BookedSlot | null {
  const people = shuffled(input.interviewers, random);
  const starts = shuffled(START_MINUTES_UTC, random);
  for (let offset = 0; offset < people.length; offset += 1) {
    const panel = [...people.slice(offset), ...people.slice(0, offset)].slice(0, size);
    for (const minutes of starts) {
      const start = new Date(dayStart.getTime() + minutes * MINUTE_MS);
      const end = new Date(start.getTime() + SESSION_MINUTES * MINUTE_MS);
      const bookedAt = new Date(start.getTime() - BOOKED_DAYS_AHEAD * DAY_MS - Math.floor(random() * 48) * HOUR_MS);
      const violations = checkBookable({
        interviewers: panel.map((person) => ({
          interviewerId: person.id,
          availability: person.availability,
          sessions: booked.get(person.id) ?? [],
        })),
        interval: { start, end },
        now: bookedAt,
        minimumNoticeMinutes: input.minimumNoticeMinutes,
      });
      if (violations.length === 0) {
        const startedAt = new Date(start.getTime() + Math.floor(random() * 6) * MINUTE_MS);
        const completedAt = new Date(end.getTime() + Math.floor((random() - 0.5) * 16) * MINUTE_MS);

        return { start, end, bookedAt, startedAt, completedAt, panelIds: panel.map((person) => person.id) };
      }
    }
  }

  return null;
}

function rate(
  input: DemoHistoryInput,
  session: BookedSlot,
  ability: number[],
  random: () => number,
): Pick<PlannedSession, 'askedQuestions' | 'scorecards'> {
  const askedQuestions = Math.max(1, input.questionCount - Math.floor(random() * 2));
  const habits = new Map(input.interviewers.map((person) => [person.id, person]));
  const scorecards = session.panelIds.map((interviewerId): PlannedScorecard => {
    const habit = habits.get(interviewerId);
    const bias = habit?.bias ?? 0;
    const levels = ability.map((truth) => clampLevel(truth + bias + normal(random) * 0.3));
    const mean = levels.reduce((a, b) => a + b, 0) / Math.max(1, levels.length);
    const questionLevels = Array.from({ length: askedQuestions }, () => clampLevel(mean + normal(random) * 0.5));
    // Log-normal around the habit; one in twelve is written before the room is completed.
    const hours = (habit?.typicalHoursToSubmit ?? 12) * Math.exp(normal(random) * 0.6);
    const submittedAt =
      random() < 1 / 12
        ? new Date(session.completedAt.getTime() - Math.floor(2 + random() * 8) * MINUTE_MS)
        : new Date(session.completedAt.getTime() + Math.round(hours * 60) * MINUTE_MS);

    return { interviewerId, submittedAt, isDraft: false, levels, questionLevels };
  });

  return { askedQuestions, scorecards };
}

// Scorecards whose submission would lie in the future are still owed; the slowest
// interviewers' of the newest sessions too, one of them as a draft.
function markOwed(sessions: PlannedSession[], interviewers: DemoInterviewer[], now: Date): void {
  const slowest = [...interviewers].sort((a, b) => b.typicalHoursToSubmit - a.typicalHoursToSubmit).slice(0, 2);
  const slow = new Set(slowest.map((person) => person.id));
  const newest = sessions.slice(-4);
  let drafts = 0;
  for (const session of sessions) {
    for (const scorecard of session.scorecards) {
      const isLate = newest.includes(session) && slow.has(scorecard.interviewerId);
      if (isLate || (scorecard.submittedAt && scorecard.submittedAt >= now)) {
        scorecard.submittedAt = null;
        scorecard.isDraft = isLate && drafts === 0;
        drafts += scorecard.isDraft ? 1 : 0;
      }
    }
  }
}

// A decision for each candidate whose every scorecard is in, except the newest two (still in review).
function decide(sessions: PlannedSession[], now: Date): PlannedDecision[] {
  const byCandidate = new Map<number, PlannedSession[]>();
  for (const session of sessions) {
    byCandidate.set(session.candidateIndex, [...(byCandidate.get(session.candidateIndex) ?? []), session]);
  }
  const complete = [...byCandidate].filter(([, own]) => own.every((session) => session.scorecards.every((sc) => sc.submittedAt)));

  return complete.slice(0, Math.max(0, complete.length - 2)).map(([candidateIndex, own]) => {
    const levels = own.flatMap((session) => session.scorecards.flatMap((sc) => sc.levels));
    const meanRating = levels.reduce((a, b) => a + b, 0) / Math.max(1, levels.length);
    const lastSubmission = Math.max(...own.flatMap((session) => session.scorecards.map((sc) => sc.submittedAt?.getTime() ?? 0)));
    const decidedAt = new Date(Math.min(now.getTime() - HOUR_MS, lastSubmission + 20 * HOUR_MS));

    return { candidateIndex, decision: meanRating >= 2.9 ? 'ADVANCE' : meanRating <= 2.2 ? 'REJECT' : 'HOLD', decidedAt, meanRating };
  });
}
