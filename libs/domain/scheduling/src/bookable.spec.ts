import { checkBookable } from './bookable';
import type { CheckBookableInput } from './bookable';
import {
  EVERY_DAY,
  availability,
  interval,
  schedule,
  weekly,
} from './test-fixtures';
import type { InterviewerSchedule } from './types';

const LONG_AGO = new Date('2000-01-01T00:00:00Z');

function check(
  interviewers: InterviewerSchedule[],
  start: string,
  end: string,
  overrides: Partial<CheckBookableInput> = {},
) {
  return checkBookable({
    interviewers,
    interval: interval(start, end),
    now: LONG_AGO,
    ...overrides,
  });
}

function rulesOf(violations: ReturnType<typeof checkBookable>): string[] {
  return violations.map(
    (violation) => `${violation.interviewerId ?? '-'}:${violation.rule}`,
  );
}

// 2026-03-02 is a Monday.
describe(checkBookable.name, () => {
  const utcWeekdays = schedule('a', availability('UTC'));

  describe('each rule alone', () => {
    it('should accept a time inside the windows with nothing else booked', () => {
      expect(
        check([utcWeekdays], '2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'),
      ).toEqual([]);
    });

    it('should refuse a Sunday 03:00 outside Mon–Fri 09–17 as OUTSIDE_AVAILABILITY only', () => {
      const result = check(
        [utcWeekdays],
        '2026-03-08T03:00:00Z',
        '2026-03-08T04:00:00Z',
      );

      expect(result).toEqual([
        {
          interviewerId: 'a',
          rule: 'OUTSIDE_AVAILABILITY',
          detail: 'is not available Sun 2026-03-08 03:00–04:00 (UTC)',
        },
      ]);
    });

    it('should refuse a time that runs past the end of the window', () => {
      expect(
        rulesOf(
          check([utcWeekdays], '2026-03-02T16:30:00Z', '2026-03-02T17:30:00Z'),
        ),
      ).toEqual(['a:OUTSIDE_AVAILABILITY']);
    });

    it('should accept a time across two windows that touch', () => {
      const sut = schedule(
        'a',
        availability('UTC', {
          weeklyWindows: [
            ...weekly('09:00', '12:00'),
            ...weekly('12:00', '17:00'),
          ],
        }),
      );

      expect(
        check([sut], '2026-03-02T11:30:00Z', '2026-03-02T12:30:00Z'),
      ).toEqual([]);
    });

    it('should follow a date override in both directions', () => {
      const sut = schedule(
        'a',
        availability('UTC', {
          overrides: [
            { date: '2026-03-02', windows: [] },
            { date: '2026-03-07', windows: [{ start: '10:00', end: '12:00' }] },
          ],
        }),
      );

      expect(
        rulesOf(check([sut], '2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z')),
      ).toEqual(['a:OUTSIDE_AVAILABILITY']);
      expect(
        check([sut], '2026-03-07T10:00:00Z', '2026-03-07T11:00:00Z'),
      ).toEqual([]);
    });

    it('should refuse whole-day time off as TIME_OFF only', () => {
      const sut = schedule(
        'a',
        availability('UTC', {
          timeOff: [
            { kind: 'dates', startDate: '2026-03-02', endDate: '2026-03-03' },
          ],
        }),
      );

      expect(
        check([sut], '2026-03-03T10:00:00Z', '2026-03-03T11:00:00Z'),
      ).toEqual([
        {
          interviewerId: 'a',
          rule: 'TIME_OFF',
          detail: 'has time off during Tue 2026-03-03 10:00–11:00 (UTC)',
        },
      ]);
      expect(
        check([sut], '2026-03-04T10:00:00Z', '2026-03-04T11:00:00Z'),
      ).toEqual([]);
    });

    it('should refuse a time touched by interval time off, and accept one just after it', () => {
      const sut = schedule(
        'a',
        availability('UTC', {
          timeOff: [
            {
              kind: 'interval',
              start: new Date('2026-03-02T12:00:00Z'),
              end: new Date('2026-03-02T13:00:00Z'),
            },
          ],
        }),
      );

      expect(
        rulesOf(check([sut], '2026-03-02T12:30:00Z', '2026-03-02T13:30:00Z')),
      ).toEqual(['a:TIME_OFF']);
      expect(
        check([sut], '2026-03-02T13:00:00Z', '2026-03-02T14:00:00Z'),
      ).toEqual([]);
    });

    it('should refuse a fourth session on a day with a daily cap of 3 as DAILY_CAP only', () => {
      const sut = schedule('a', availability('UTC', { dailyCap: 3 }), [
        interval('2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z'),
        interval('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'),
        interval('2026-03-02T11:00:00Z', '2026-03-02T12:00:00Z'),
      ]);

      expect(
        check([sut], '2026-03-02T14:00:00Z', '2026-03-02T15:00:00Z'),
      ).toEqual([
        {
          interviewerId: 'a',
          rule: 'DAILY_CAP',
          detail:
            'already has 3 sessions on 2026-03-02 (UTC), their daily cap is 3',
        },
      ]);
      expect(
        check([sut], '2026-03-03T14:00:00Z', '2026-03-03T15:00:00Z'),
      ).toEqual([]);
    });

    it('should refuse a session over the weekly cap as WEEKLY_CAP only', () => {
      const sut = schedule('a', availability('UTC', { weeklyCap: 2 }), [
        interval('2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z'),
        interval('2026-03-03T09:00:00Z', '2026-03-03T10:00:00Z'),
      ]);

      expect(
        rulesOf(check([sut], '2026-03-06T09:00:00Z', '2026-03-06T10:00:00Z')),
      ).toEqual(['a:WEEKLY_CAP']);
      // The next ISO week starts on Monday 2026-03-09.
      expect(
        check([sut], '2026-03-09T09:00:00Z', '2026-03-09T10:00:00Z'),
      ).toEqual([]);
    });

    it('should refuse a time inside the buffer as BUFFER only, and accept one at its edge', () => {
      const sut = schedule('a', availability('UTC', { bufferMinutes: 15 }), [
        interval('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'),
      ]);

      expect(
        check([sut], '2026-03-02T11:10:00Z', '2026-03-02T12:10:00Z'),
      ).toEqual([
        {
          interviewerId: 'a',
          rule: 'BUFFER',
          detail:
            'needs 15 minutes free around their other sessions, Mon 2026-03-02 11:10–12:10 (UTC) is too close to one',
        },
      ]);
      expect(
        rulesOf(check([sut], '2026-03-02T08:50:00Z', '2026-03-02T09:50:00Z')),
      ).toEqual(['a:OUTSIDE_AVAILABILITY', 'a:BUFFER']);
      expect(
        check([sut], '2026-03-02T11:15:00Z', '2026-03-02T12:15:00Z'),
      ).toEqual([]);
    });

    it('should report OVERLAP, not BUFFER, for a time during another session', () => {
      const sut = schedule('a', availability('UTC', { bufferMinutes: 15 }), [
        interval('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'),
      ]);

      expect(
        rulesOf(check([sut], '2026-03-02T10:30:00Z', '2026-03-02T11:30:00Z')),
      ).toEqual(['a:OVERLAP']);
    });

    it('should accept a session that touches another when there is no buffer', () => {
      const sut = schedule('a', availability('UTC'), [
        interval('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'),
      ]);

      expect(
        check([sut], '2026-03-02T11:00:00Z', '2026-03-02T12:00:00Z'),
      ).toEqual([]);
    });

    it('should refuse a start before now as IN_THE_PAST for the whole booking', () => {
      const result = check(
        [utcWeekdays],
        '2026-03-02T10:00:00Z',
        '2026-03-02T11:00:00Z',
        { now: new Date('2026-03-02T10:01:00Z'), minimumNoticeMinutes: 60 },
      );

      expect(result).toEqual([
        {
          interviewerId: null,
          rule: 'IN_THE_PAST',
          detail: 'starts in the past (2026-03-02T10:00:00.000Z)',
        },
      ]);
    });

    it('should refuse a start sooner than the minimum notice, and accept one exactly at it', () => {
      const now = new Date('2026-03-02T09:30:00Z');

      expect(
        check([utcWeekdays], '2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z', {
          now,
          minimumNoticeMinutes: 60,
        }),
      ).toEqual([
        {
          interviewerId: null,
          rule: 'MINIMUM_NOTICE',
          detail: "starts sooner than the team's minimum notice of 60 minutes",
        },
      ]);
      expect(
        check([utcWeekdays], '2026-03-02T10:30:00Z', '2026-03-02T11:30:00Z', {
          now,
          minimumNoticeMinutes: 60,
        }),
      ).toEqual([]);
    });

    it('should name every panelist and rule of the issue’s Sunday 03:00 booking', () => {
      const busy = schedule(
        'a',
        availability('UTC', { dailyCap: 3, bufferMinutes: 15 }),
        [
          interval('2026-03-08T00:00:00Z', '2026-03-08T01:00:00Z'),
          interval('2026-03-08T01:00:00Z', '2026-03-08T02:00:00Z'),
          interval('2026-03-08T02:00:00Z', '2026-03-08T03:00:00Z'),
        ],
      );
      const free = schedule(
        'b',
        availability('UTC', {
          weeklyWindows: weekly('00:00', '24:00', EVERY_DAY),
        }),
      );

      const result = check(
        [busy, free],
        '2026-03-08T03:00:00Z',
        '2026-03-08T04:00:00Z',
        { now: new Date('2026-03-13T00:00:00Z') },
      );

      expect(rulesOf(result)).toEqual([
        'a:OUTSIDE_AVAILABILITY',
        'a:BUFFER',
        'a:DAILY_CAP',
        '-:IN_THE_PAST',
      ]);
    });

    it('should refuse an empty interval', () => {
      expect(() =>
        check([utcWeekdays], '2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z'),
      ).toThrow(RangeError);
    });
  });

  describe('time zones', () => {
    it('should read windows in Asia/Tokyo, east of UTC', () => {
      // Mon 09:00–17:00 JST is 00:00–08:00Z.
      const sut = schedule('tokyo', availability('Asia/Tokyo'));

      expect(
        check([sut], '2026-03-02T00:00:00Z', '2026-03-02T01:00:00Z'),
      ).toEqual([]);
      expect(
        check([sut], '2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z'),
      ).toEqual([
        {
          interviewerId: 'tokyo',
          rule: 'OUTSIDE_AVAILABILITY',
          detail: 'is not available Mon 2026-03-02 18:00–19:00 (Asia/Tokyo)',
        },
      ]);
    });

    it('should read windows in America/Los_Angeles, west of UTC', () => {
      // Fri 09:00–17:00 PST is 17:00Z Friday to 01:00Z Saturday.
      const sut = schedule('la', availability('America/Los_Angeles'));

      expect(
        check([sut], '2026-03-07T00:00:00Z', '2026-03-07T01:00:00Z'),
      ).toEqual([]);
      expect(
        rulesOf(check([sut], '2026-03-06T16:00:00Z', '2026-03-06T17:00:00Z')),
      ).toEqual(['la:OUTSIDE_AVAILABILITY']);
    });

    it('should move the window with the clock on a DST change day', () => {
      // America/Los_Angeles springs forward on Sunday 2026-03-08:
      // 09:00 is 17:00Z on Saturday (PST) and 16:00Z on Sunday (PDT).
      const sut = schedule(
        'la',
        availability('America/Los_Angeles', {
          weeklyWindows: weekly('09:00', '17:00', EVERY_DAY),
        }),
      );

      expect(
        check([sut], '2026-03-08T16:00:00Z', '2026-03-08T17:00:00Z'),
      ).toEqual([]);
      expect(
        check([sut], '2026-03-07T16:00:00Z', '2026-03-07T17:00:00Z'),
      ).toEqual([
        {
          interviewerId: 'la',
          rule: 'OUTSIDE_AVAILABILITY',
          detail:
            'is not available Sat 2026-03-07 08:00–09:00 (America/Los_Angeles)',
        },
      ]);
      // The window ends at 17:00 PDT = 00:00Z, not 01:00Z as on Saturday.
      expect(
        rulesOf(check([sut], '2026-03-09T00:00:00Z', '2026-03-09T01:00:00Z')),
      ).toEqual(['la:OUTSIDE_AVAILABILITY']);
      expect(
        check([sut], '2026-03-08T00:00:00Z', '2026-03-08T01:00:00Z'),
      ).toEqual([]);
    });

    it('should count the daily cap on the Tokyo day, across UTC midnight', () => {
      const allDay = availability('Asia/Tokyo', {
        weeklyWindows: weekly('00:00', '24:00', EVERY_DAY),
        dailyCap: 1,
      });
      // Mon 00:00 JST = Sun 15:00Z.
      const sut = schedule('tokyo', allDay, [
        interval('2026-03-01T15:00:00Z', '2026-03-01T16:00:00Z'),
      ]);

      // Mon 22:00 JST: another UTC date, the same Tokyo day.
      expect(
        rulesOf(check([sut], '2026-03-02T13:00:00Z', '2026-03-02T14:00:00Z')),
      ).toEqual(['tokyo:DAILY_CAP']);
      // Tue 00:00 JST: the same UTC date as the refused time, the next Tokyo day.
      expect(
        check([sut], '2026-03-02T15:00:00Z', '2026-03-02T16:00:00Z'),
      ).toEqual([]);
    });

    it('should count a session that crosses local midnight on the day it starts', () => {
      const sut = schedule(
        'tokyo',
        availability('Asia/Tokyo', {
          weeklyWindows: weekly('00:00', '24:00', EVERY_DAY),
          dailyCap: 1,
        }),
        // Mon 23:30 JST to Tue 00:30 JST.
        [interval('2026-03-02T14:30:00Z', '2026-03-02T15:30:00Z')],
      );

      expect(
        rulesOf(check([sut], '2026-03-02T01:00:00Z', '2026-03-02T02:00:00Z')),
      ).toEqual(['tokyo:DAILY_CAP']);
      expect(
        check([sut], '2026-03-03T01:00:00Z', '2026-03-03T02:00:00Z'),
      ).toEqual([]);
    });

    it('should count the weekly cap on the Los Angeles ISO week, across UTC midnight', () => {
      // Sun 2026-03-08 20:00 PDT is Monday 03:00Z, in the next UTC week.
      const sut = schedule(
        'la',
        availability('America/Los_Angeles', {
          weeklyWindows: weekly('00:00', '24:00', EVERY_DAY),
          weeklyCap: 1,
        }),
        [interval('2026-03-09T03:00:00Z', '2026-03-09T04:00:00Z')],
      );

      // Sat 2026-03-07 10:00 PST: the same Los Angeles week.
      expect(
        rulesOf(check([sut], '2026-03-07T18:00:00Z', '2026-03-07T19:00:00Z')),
      ).toEqual(['la:WEEKLY_CAP']);
      // Mon 2026-03-09 10:00 PDT: the same UTC week, the next Los Angeles week.
      expect(
        check([sut], '2026-03-09T17:00:00Z', '2026-03-09T18:00:00Z'),
      ).toEqual([]);
    });

    it('should judge each panelist in their own zone', () => {
      const tokyo = schedule('tokyo', availability('Asia/Tokyo'));
      const la = schedule('la', availability('America/Los_Angeles'));

      // Tue 2026-03-03 00:00Z: Tue 09:00 JST, Mon 16:00 PST: both inside.
      expect(
        check([tokyo, la], '2026-03-03T00:00:00Z', '2026-03-03T01:00:00Z'),
      ).toEqual([]);
      // One hour later: Tokyo is in, Los Angeles is past 17:00.
      expect(
        rulesOf(
          check([tokyo, la], '2026-03-03T01:00:00Z', '2026-03-03T02:00:00Z'),
        ),
      ).toEqual(['la:OUTSIDE_AVAILABILITY']);
    });
  });
});
