import { findSlots } from './slot-search';
import { availability, interval, schedule, search } from './test-fixtures';
import type { Interval } from './types';

const HOUR = 3_600_000;

// Deterministic pseudo-random sessions: a linear congruential generator.
function sessions(
  seed: number,
  count: number,
  from: Date,
  days: number,
): Interval[] {
  let state = seed;
  const result: Interval[] = [];
  for (let index = 0; index < count; index++) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const start =
      from.getTime() + Math.floor((state / 2 ** 31) * days * 24) * HOUR;
    result.push({ start: new Date(start), end: new Date(start + HOUR) });
  }

  return result;
}

describe(findSlots.name, () => {
  it('should search two weeks for a 3-person panel within a few milliseconds when each has 300 sessions', () => {
    const from = new Date('2026-02-01T00:00:00Z');
    const panel = [
      schedule(
        'ny',
        availability('America/New_York', {
          dailyCap: 8,
          weeklyCap: 40,
          bufferMinutes: 15,
        }),
        sessions(1, 300, from, 90),
      ),
      schedule(
        'de',
        availability('Europe/Berlin', {
          dailyCap: 8,
          weeklyCap: 40,
          bufferMinutes: 10,
        }),
        sessions(2, 300, from, 90),
      ),
      schedule(
        'uk',
        availability('Europe/London', { dailyCap: 8, weeklyCap: 40 }),
        sessions(3, 300, from, 90),
      ),
    ];
    const input = search(
      panel,
      interval('2026-03-02T00:00:00Z', '2026-03-16T00:00:00Z'),
      { stepMinutes: 15, maxResults: 50 },
    );
    // Warm up the JIT and the per-zone formatter cache.
    const warmUp = findSlots(input);

    const runs = 20;
    const started = performance.now();
    for (let run = 0; run < runs; run++) {
      findSlots(input);
    }
    const averageMs = (performance.now() - started) / runs;

    expect(warmUp.length).toBeGreaterThan(10);
    // Generous bound so a loaded CI machine does not flake; typical is ~1 ms.
    expect(averageMs).toBeLessThan(30);
  });
});
