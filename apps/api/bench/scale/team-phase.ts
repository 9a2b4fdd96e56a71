import type { DataSource } from 'typeorm';

import { validateAvailability, type WeeklyWindow } from '@panelwise/domain-scheduling';

import { hashPassword } from '@api/core/auth/password-hasher';
import type { StoredTimeOff } from '@api/modules/scheduling/availability.entity';
import { type StoredAvailability, toDomainAvailability } from '@api/modules/scheduling/availability.mapper';

import { BOOKING_NOTICE_MINUTES } from './booking-calendar';
import { BulkInsert, PhaseProgress } from './bulk-insert';
import { type Interviewer, DAY_MS, type ScaleSizes, type WorldUser } from './scale-world';
import { between, chance, gaussian, IdStream, pickOne, type Random, stream, weighted } from './seeded';
import { FIRST_NAMES, LAST_NAMES } from './text';

export const COORDINATOR_PASSWORD = 'scale-coordinator-passphrase';
export const INTERVIEWER_PASSWORD = 'scale-interviewer-passphrase';

/** Interviewer indices with a fixed job in the fixtures. */
export const RESERVED: { homeSmall: number; homeLarge: number; slotPanel: readonly number[]; firstLaggard: number; laggards: number } = {
  homeSmall: 0,
  homeLarge: 1,
  slotPanel: [2, 3, 4],
  firstLaggard: 5,
  laggards: 32,
};

const ZONES: readonly (readonly [string, number])[] = [
  ['Europe/London', 40],
  ['Europe/Berlin', 25],
  ['America/New_York', 15],
  ['Europe/Lisbon', 10],
  ['Asia/Kolkata', 10],
];

export type TeamPhaseResult = {
  teamId: string;
  teamCreatedAt: Date;
  coordinators: WorldUser[];
  interviewers: Interviewer[];
};

export type PlannedAvailability = StoredAvailability & { version: number; updatedAt: Date };

/** The team in memory: who is in it and everyone's availability row, before anything is stored. */
export type TeamPlan = TeamPhaseResult & { availability: Map<Interviewer, PlannedAvailability> };

function weekdays(windows: { start: string; end: string }[], days: number[] = [1, 2, 3, 4, 5]): WeeklyWindow[] {
  return days.flatMap((weekday) => windows.map((window) => ({ weekday: weekday as WeeklyWindow['weekday'], ...window })));
}

const localDate = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/** Weekly windows in the interviewer's own zone, with a few overrides, time off, caps and buffers. */
function availabilityOf(random: Random, interviewer: Interviewer, now: Date, isWide: boolean): StoredAvailability {
  if (isWide) {
    // The slot-finder panel: wide windows, no caps, so the search has work to do over two weeks.
    // The home probes too: their fixed count of upcoming sessions must fit their availability.
    return { timeZone: interviewer.timeZone, weeklyWindows: weekdays([{ start: '08:00', end: '18:00' }]), overrides: [], timeOff: [], dailyCap: null, weeklyCap: null, bufferMinutes: 0 };
  }
  const weeklyWindows = weighted<WeeklyWindow[]>(random, [
    [weekdays([{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }]), 5],
    [weekdays([{ start: '10:00', end: '16:00' }]), 3],
    [[...weekdays([{ start: '08:00', end: '12:00' }], [1, 2, 3]), ...weekdays([{ start: '13:00', end: '18:00' }], [4])], 2],
  ]);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const overrides = chance(random, 0.2)
    ? [{ date: localDate(today + between(random, 1, 13) * DAY_MS), windows: chance(random, 0.5) ? [] : [{ start: '14:00', end: '17:00' }] }]
    : [];
  const timeOff: StoredTimeOff[] = [];
  if (chance(random, 0.15)) {
    const start = today + between(random, 3, 40) * DAY_MS;
    timeOff.push({ kind: 'dates', startDate: localDate(start), endDate: localDate(start + between(random, 1, 4) * DAY_MS), note: 'Holiday' });
  }

  return {
    timeZone: interviewer.timeZone,
    weeklyWindows,
    overrides,
    timeOff,
    dailyCap: chance(random, 0.5) ? between(random, 2, 4) : null,
    weeklyCap: chance(random, 0.4) ? between(random, 6, 12) : null,
    bufferMinutes: pickOne(random, [0, 0, 10, 15]),
  };
}

/** The team, its coordinators and interviewers and everyone's availability, in memory (no database). */
export function planTeam(seed: number, sizes: ScaleSizes, now: Date): TeamPlan {
  const random = stream(seed, 'team');
  const userIds = new IdStream(seed, 'app_user');
  const teamId = new IdStream(seed, 'team').next();
  const teamCreatedAt = new Date(now.getTime() - 760 * DAY_MS);
  const name = () => `${pickOne(random, FIRST_NAMES)} ${pickOne(random, LAST_NAMES)}`;
  const coordinators: WorldUser[] = [1, 2].map((number) => ({
    id: userIds.next(),
    email: `coordinator${number}@scale.panelwise.test`,
    name: name(),
    timeZone: 'Europe/London',
    createdAt: teamCreatedAt,
  }));
  const laggards = new Set(Array.from({ length: RESERVED.laggards }, (_, offset) => RESERVED.firstLaggard + offset));
  const reserved = new Set<number>([RESERVED.homeSmall, RESERVED.homeLarge]);
  const interviewers: Interviewer[] = Array.from({ length: sizes.interviewers }, (_, index) => ({
    id: userIds.next(),
    index,
    email: `interviewer${String(index + 1).padStart(3, '0')}@scale.panelwise.test`,
    name: name(),
    timeZone: RESERVED.slotPanel.includes(index) ? 'Europe/London' : weighted(random, ZONES),
    createdAt: new Date(teamCreatedAt.getTime() + between(random, 0, 120) * DAY_MS),
    bias: Math.max(-0.8, Math.min(0.8, gaussian(random) * 0.35)),
    activity: 0.4 + random() * 0.6,
    isLaggard: laggards.has(index),
    isReserved: reserved.has(index),
    // Set below, from the same stream, once every interviewer has a name.
    availability: { timeZone: 'UTC', weeklyWindows: [] },
  }));
  const availability: TeamPlan['availability'] = new Map();
  for (const interviewer of interviewers) {
    const value = availabilityOf(random, interviewer, now, RESERVED.slotPanel.includes(interviewer.index) || interviewer.isReserved);
    interviewer.availability = toDomainAvailability(value);
    const problems = validateAvailability(interviewer.availability);
    if (problems.length) {
      throw new Error(`Generated availability is invalid: ${problems[0]?.message}`);
    }
    availability.set(interviewer, { ...value, version: between(random, 1, 4), updatedAt: new Date(now.getTime() - between(random, 1, 200) * DAY_MS) });
  }

  return { teamId, teamCreatedAt, coordinators, interviewers, availability };
}

/** Stores the planned team, its coordinators and interviewers, memberships and everyone's availability. */
export async function loadTeam(dataSource: DataSource, seed: number, plan: TeamPlan): Promise<TeamPhaseResult> {
  const { teamId, teamCreatedAt, coordinators, interviewers } = plan;
  const membershipIds = new IdStream(seed, 'membership');
  const [coordinatorHash, interviewerHash] = [await hashPassword(COORDINATOR_PASSWORD), await hashPassword(INTERVIEWER_PASSWORD)];

  const progress = new PhaseProgress('team, users, availability', 1 + 2 * (coordinators.length + interviewers.length) + interviewers.length);
  await dataSource.transaction(async (manager) => {
    // The notice the generated sessions keep (booking-calendar.ts), stated rather than left to the default.
    await manager.query(`INSERT INTO team (id, name, minimum_booking_notice_minutes, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)`, [
      teamId,
      'Scale Hiring Team',
      BOOKING_NOTICE_MINUTES,
      teamCreatedAt,
    ]);
    progress.add(1);
    const users = new BulkInsert(manager, {
      table: 'app_user',
      columns: [['id', 'uuid'], ['email', 'text'], ['name', 'text'], ['password_hash', 'text'], ['time_zone', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']],
    }, progress);
    const memberships = new BulkInsert(manager, {
      table: 'membership',
      columns: [['id', 'uuid'], ['team_id', 'uuid'], ['user_id', 'uuid'], ['role', 'team_role'], ['active', 'boolean'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']],
    }, progress);
    for (const user of coordinators) {
      await users.add(user.id, user.email, user.name, coordinatorHash, user.timeZone, user.createdAt, user.createdAt);
      await memberships.add(membershipIds.next(), teamId, user.id, 'COORDINATOR', true, user.createdAt, user.createdAt);
    }
    for (const user of interviewers) {
      await users.add(user.id, user.email, user.name, interviewerHash, user.timeZone, user.createdAt, user.createdAt);
      await memberships.add(membershipIds.next(), teamId, user.id, 'INTERVIEWER', true, user.createdAt, user.createdAt);
    }
    await users.flush();
    await memberships.flush();
    const availability = new BulkInsert(manager, {
      table: 'availability',
      columns: [
        ['user_id', 'uuid'], ['time_zone', 'text'], ['weekly_windows', 'jsonb'], ['overrides', 'jsonb'], ['time_off', 'jsonb'],
        ['daily_cap', 'int'], ['weekly_cap', 'int'], ['buffer_minutes', 'int'], ['version', 'int'], ['updated_at', 'timestamptz'],
      ],
    }, progress);
    for (const interviewer of interviewers) {
      const value = plan.availability.get(interviewer) as PlannedAvailability;
      await availability.add(
        interviewer.id, value.timeZone, JSON.stringify(value.weeklyWindows), JSON.stringify(value.overrides), JSON.stringify(value.timeOff),
        value.dailyCap, value.weeklyCap, value.bufferMinutes, value.version, value.updatedAt,
      );
    }
    await availability.flush();
  });
  progress.finish();

  return { teamId, teamCreatedAt, coordinators, interviewers };
}
