import { interval } from './test-fixtures';
import { intervalsOverlap, mergeSpans, subtractSpans } from './interval';

describe(intervalsOverlap.name, () => {
  const nineToTen = interval('2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z');

  it('should be true when the intervals share time', () => {
    expect(
      intervalsOverlap(
        nineToTen,
        interval('2026-03-02T09:59:00Z', '2026-03-02T11:00:00Z'),
      ),
    ).toBe(true);
    expect(
      intervalsOverlap(
        nineToTen,
        interval('2026-03-02T09:15:00Z', '2026-03-02T09:30:00Z'),
      ),
    ).toBe(true);
  });

  it('should be false when the intervals only touch', () => {
    expect(
      intervalsOverlap(
        nineToTen,
        interval('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'),
      ),
    ).toBe(false);
    expect(
      intervalsOverlap(
        interval('2026-03-02T08:00:00Z', '2026-03-02T09:00:00Z'),
        nineToTen,
      ),
    ).toBe(false);
  });

  it('should be false when one interval is empty', () => {
    expect(
      intervalsOverlap(
        nineToTen,
        interval('2026-03-02T09:30:00Z', '2026-03-02T09:30:00Z'),
      ),
    ).toBe(false);
  });
});

describe(mergeSpans.name, () => {
  it('should join spans when they overlap or touch', () => {
    expect(
      mergeSpans([
        { start: 30, end: 40 },
        { start: 0, end: 10 },
        { start: 10, end: 20 },
        { start: 35, end: 50 },
        { start: 60, end: 60 },
      ]),
    ).toEqual([
      { start: 0, end: 20 },
      { start: 30, end: 50 },
    ]);
  });
});

describe(subtractSpans.name, () => {
  it('should cut holes when cuts fall inside or across spans', () => {
    const base = [
      { start: 0, end: 100 },
      { start: 200, end: 300 },
    ];
    const cuts = [
      { start: 10, end: 20 },
      { start: 90, end: 210 },
      { start: 300, end: 400 },
    ];

    expect(subtractSpans(base, cuts)).toEqual([
      { start: 0, end: 10 },
      { start: 20, end: 90 },
      { start: 210, end: 300 },
    ]);
  });

  it('should drop a span when a cut covers it', () => {
    expect(
      subtractSpans([{ start: 5, end: 10 }], [{ start: 0, end: 10 }]),
    ).toEqual([]);
  });
});
