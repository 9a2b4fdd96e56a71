import fc from 'fast-check';

import { checkBookable } from './bookable';
import { findSlots } from './slot-search';
import type {
  InterviewerSchedule,
  TimeOff,
  TimeWindow,
  Weekday,
  WeeklyWindow,
} from './types';

const MINUTE = 60_000;
const STEP_MINUTES = 30;
// Four days around the Los Angeles spring-forward (Sunday 2026-03-08), a week boundary included.
const RANGE_START = Date.parse('2026-03-06T00:00:00Z');
const RANGE_END = Date.parse('2026-03-10T00:00:00Z');
const ZONES = [
  'UTC',
  'Asia/Tokyo',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Pacific/Chatham',
];

const halfHour = (value: number): string =>
  `${String(Math.floor(value / 2)).padStart(2, '0')}:${value % 2 ? '30' : '00'}`;

// Disjoint windows of one day: sorted unique half-hour marks, paired up.
const dayWindows = fc
  .uniqueArray(fc.integer({ min: 0, max: 48 }), { minLength: 2, maxLength: 4 })
  .map((marks) => {
    const sorted = [...marks].sort((a, b) => a - b);
    const windows: TimeWindow[] = [];
    for (let index = 0; index + 1 < sorted.length; index += 2) {
      windows.push({
        start: halfHour(sorted[index]),
        end: halfHour(sorted[index + 1]),
      });
    }

    return windows;
  });

const localDate = fc
  .integer({ min: 3, max: 12 })
  .map((day) => `2026-03-${String(day).padStart(2, '0')}`);

// An instant on the 15-minute grid, mostly in the range, sometimes a week around it (weekly caps).
const instant = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .integer({ min: 0, max: (4 * 24 * 60) / 15 })
      .map((quarter) => RANGE_START + quarter * 15 * MINUTE),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 0, max: (18 * 24 * 60) / 15 })
      .map(
        (quarter) => RANGE_START - 7 * 24 * 60 * MINUTE + quarter * 15 * MINUTE,
      ),
  },
);

const timeOff: fc.Arbitrary<TimeOff> = fc.oneof(
  fc
    .tuple(instant, fc.integer({ min: 1, max: 16 }))
    .map(([start, quarters]) => ({
      kind: 'interval' as const,
      start: new Date(start),
      end: new Date(start + quarters * 15 * MINUTE),
    })),
  fc.tuple(localDate, fc.integer({ min: 0, max: 2 })).map(([date, extra]) => ({
    kind: 'dates' as const,
    startDate: date,
    endDate: `2026-03-${String(Number(date.slice(8)) + extra).padStart(2, '0')}`,
  })),
);

const interviewer = (id: string): fc.Arbitrary<InterviewerSchedule> =>
  fc
    .record({
      timeZone: fc.constantFrom(...ZONES),
      weekly: fc.array(dayWindows, { minLength: 7, maxLength: 7 }),
      overrides: fc.uniqueArray(fc.tuple(localDate, dayWindows), {
        maxLength: 2,
        selector: ([date]) => date,
      }),
      timeOff: fc.array(timeOff, { maxLength: 2 }),
      dailyCap: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 2 }),
      weeklyCap: fc.option(fc.integer({ min: 0, max: 12 }), { freq: 2 }),
      bufferMinutes: fc.constantFrom(0, 0, 10, 15, 30),
      sessions: fc.array(
        fc
          .tuple(instant, fc.integer({ min: 1, max: 8 }))
          .map(([start, quarters]) => ({
            start: new Date(start),
            end: new Date(start + quarters * 15 * MINUTE),
          })),
        { maxLength: 10 },
      ),
    })
    .map((drawn) => ({
      interviewerId: id,
      sessions: drawn.sessions,
      availability: {
        timeZone: drawn.timeZone,
        weeklyWindows: drawn.weekly.flatMap((windows, weekday) =>
          windows.map((window): WeeklyWindow => ({
            ...window,
            weekday: weekday as Weekday,
          })),
        ),
        overrides: drawn.overrides.map(([date, windows]) => ({
          date,
          windows,
        })),
        timeOff: drawn.timeOff,
        dailyCap: drawn.dailyCap,
        weeklyCap: drawn.weeklyCap,
        bufferMinutes: drawn.bufferMinutes,
      },
    }));

const scenario = fc.record({
  interviewers: fc
    .integer({ min: 1, max: 3 })
    .chain((count) =>
      fc.tuple(
        ...Array.from({ length: count }, (_, index) =>
          interviewer(`p${index}`),
        ),
      ),
    ),
  durationMinutes: fc.constantFrom(30, 45, 60, 90),
  now: fc
    .integer({ min: RANGE_START - 86_400_000, max: RANGE_END })
    .map((ms) => new Date(ms)),
  minimumNoticeMinutes: fc.constantFrom(0, 0, 45, 180),
});

describe('checkBookable and findSlots', () => {
  it('should agree on every grid start of random calendars', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        scenario,
        ({ interviewers, durationMinutes, now, minimumNoticeMinutes }) => {
          const duration = durationMinutes * MINUTE;
          const slots = findSlots({
            panel: {
              requiredIds: interviewers.map((entry) => entry.interviewerId),
            },
            interviewers,
            durationMinutes,
            stepMinutes: STEP_MINUTES,
            range: { start: new Date(RANGE_START), end: new Date(RANGE_END) },
            now,
            minimumNoticeMinutes,
            maxResults: 1000,
          });
          const offered = new Set(slots.map((slot) => slot.start.getTime()));

          for (
            let start = RANGE_START;
            start + duration <= RANGE_END;
            start += STEP_MINUTES * MINUTE
          ) {
            const violations = checkBookable({
              interviewers,
              interval: {
                start: new Date(start),
                end: new Date(start + duration),
              },
              now,
              minimumNoticeMinutes,
            });
            violations.forEach((violation) => seen.add(violation.rule));
            if (violations.length === 0) {
              seen.add('BOOKABLE');
            }
            // Offered exactly when nothing is broken: each direction fails with the start and rules.
            expect({
              start: new Date(start).toISOString(),
              offered: offered.has(start),
              violations,
            }).toEqual({
              start: new Date(start).toISOString(),
              offered: violations.length === 0,
              violations,
            });
          }
        },
      ),
      { numRuns: 120, seed: 16 },
    );
    // The calendars drawn exercise every rule, so agreement is not vacuous.
    expect([...seen].sort()).toEqual(
      [
        'BOOKABLE',
        'BUFFER',
        'DAILY_CAP',
        'IN_THE_PAST',
        'MINIMUM_NOTICE',
        'OUTSIDE_AVAILABILITY',
        'OVERLAP',
        'TIME_OFF',
        'WEEKLY_CAP',
      ].sort(),
    );
  });

  it('should offer only slots that pass checkBookable, for a pool panel too', () => {
    fc.assert(
      fc.property(
        scenario,
        ({ interviewers, durationMinutes, now, minimumNoticeMinutes }) => {
          const slots = findSlots({
            panel: {
              pool: {
                ids: interviewers.map((entry) => entry.interviewerId),
                count: 1,
              },
            },
            interviewers,
            durationMinutes,
            stepMinutes: 15,
            range: { start: new Date(RANGE_START), end: new Date(RANGE_END) },
            now,
            minimumNoticeMinutes,
            maxResults: 1000,
          });
          const byId = new Map(
            interviewers.map((entry) => [entry.interviewerId, entry]),
          );

          for (const slot of slots) {
            expect(
              checkBookable({
                interviewers: slot.interviewerIds.map(
                  (id) => byId.get(id) as InterviewerSchedule,
                ),
                interval: slot,
                now,
                minimumNoticeMinutes,
              }),
            ).toEqual([]);
          }
        },
      ),
      { numRuns: 100, seed: 16 },
    );
  });
});
