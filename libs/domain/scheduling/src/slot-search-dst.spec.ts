import { findSlots } from './slot-search';
import {
  availability,
  interval,
  schedule,
  search,
  startsByDate,
  startsOf,
  weekly,
} from './test-fixtures';

const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';

describe(findSlots.name, () => {
  const sundayNight = availability(NEW_YORK, {
    weeklyWindows: weekly('01:00', '04:00', [0]),
  });

  it('should offer fewer slots when a New York window spans the spring-forward gap', () => {
    const normal = findSlots(
      search(
        [schedule('ny', sundayNight)],
        interval('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z'),
      ),
    );
    const switchDay = findSlots(
      search(
        [schedule('ny', sundayNight)],
        interval('2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z'),
      ),
    );

    expect(startsOf(normal).sort()).toEqual([
      '2026-03-01T06:00:00.000Z',
      '2026-03-01T07:00:00.000Z',
      '2026-03-01T08:00:00.000Z',
    ]);
    expect(startsOf(switchDay).sort()).toEqual([
      '2026-03-08T06:00:00.000Z',
      '2026-03-08T07:00:00.000Z',
    ]);
  });

  it('should offer more slots when a New York window spans the fall-back hour', () => {
    const result = findSlots(
      search(
        [schedule('ny', sundayNight)],
        interval('2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z'),
      ),
    );

    expect(startsOf(result).sort()).toEqual([
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
      '2026-11-01T07:00:00.000Z',
      '2026-11-01T08:00:00.000Z',
    ]);
  });

  it('should follow Berlin wall-clock time when Berlin switches in spring and autumn', () => {
    const berlin = availability(BERLIN, {
      weeklyWindows: weekly('09:00', '11:00', [6, 0]),
    });

    const spring = findSlots(
      search(
        [schedule('de', berlin)],
        interval('2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z'),
      ),
    );
    const autumn = findSlots(
      search(
        [schedule('de', berlin)],
        interval('2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z'),
      ),
    );

    expect(startsByDate(spring)).toEqual({
      '2026-03-28': ['08:00', '09:00'],
      '2026-03-29': ['07:00', '08:00'],
    });
    expect(startsByDate(autumn)).toEqual({
      '2026-10-24': ['07:00', '08:00'],
      '2026-10-25': ['08:00', '09:00'],
    });
  });

  it('should widen the New York and Berlin overlap when only the US is on summer time in March', () => {
    const panel = [
      schedule('ny', availability(NEW_YORK)),
      schedule('de', availability(BERLIN)),
    ];
    const range = interval('2026-03-02T00:00:00Z', '2026-04-04T00:00:00Z');

    const byDate = startsByDate(findSlots(search(panel, range)));

    // Both on winter time: 6 h apart, two shared hours.
    expect(byDate['2026-03-06']).toEqual(['14:00', '15:00']);
    // US on summer time from 03-08, EU from 03-29: 5 h apart, three hours.
    expect(byDate['2026-03-09']).toEqual(['13:00', '14:00', '15:00']);
    expect(byDate['2026-03-27']).toEqual(['13:00', '14:00', '15:00']);
    // Both on summer time: 6 h apart again.
    expect(byDate['2026-03-30']).toEqual(['13:00', '14:00']);
    expect(Object.keys(byDate)).toHaveLength(25);
  });

  it('should widen the overlap again when only the EU is back on winter time in October', () => {
    const panel = [
      schedule('ny', availability(NEW_YORK)),
      schedule('de', availability(BERLIN)),
    ];
    const range = interval('2026-10-19T00:00:00Z', '2026-11-07T00:00:00Z');

    const byDate = startsByDate(findSlots(search(panel, range)));

    expect(byDate['2026-10-23']).toEqual(['13:00', '14:00']);
    expect(byDate['2026-10-26']).toEqual(['13:00', '14:00', '15:00']);
    expect(byDate['2026-10-30']).toEqual(['13:00', '14:00', '15:00']);
    expect(byDate['2026-11-02']).toEqual(['14:00', '15:00']);
  });
});
