import { describe, expect, it } from 'vitest';

import {
  CELLS_PER_DAY,
  cellLabel,
  cellsToWindows,
  paintWindows,
  parseTimeOfDay,
  windowsToCells,
} from './weekGrid';

function emptyCells(): boolean[][] {
  return Array.from({ length: 7 }, () =>
    Array.from({ length: CELLS_PER_DAY }, () => false),
  );
}

describe(cellsToWindows.name, () => {
  it('should merge adjacent cells into one window when they are painted in a run', () => {
    const cells = emptyCells();
    // Monday 09:00–10:30 (cells 6, 7, 8) and Monday 12:00–12:30 (cell 12).
    cells[1][6] = true;
    cells[1][7] = true;
    cells[1][8] = true;
    cells[1][12] = true;

    const sut = cellsToWindows(cells);

    expect(sut).toEqual([
      { weekday: 1, start: '09:00', end: '10:30' },
      { weekday: 1, start: '12:00', end: '12:30' },
    ]);
  });

  it('should list Monday first and Sunday last when several days are painted', () => {
    const cells = emptyCells();
    cells[0][0] = true;
    cells[2][CELLS_PER_DAY - 1] = true;
    cells[1][0] = true;

    expect(cellsToWindows(cells)).toEqual([
      { weekday: 1, start: '06:00', end: '06:30' },
      { weekday: 2, start: '21:30', end: '22:00' },
      { weekday: 0, start: '06:00', end: '06:30' },
    ]);
  });
});

describe(windowsToCells.name, () => {
  it('should mark only the cells a window fully covers when it is not aligned to the grid', () => {
    const sut = windowsToCells([{ weekday: 3, start: '09:15', end: '10:30' }]);

    expect(sut[3].slice(6, 10)).toEqual([false, true, true, false]);
    expect(sut[3].filter(Boolean)).toHaveLength(2);
  });

  it('should ignore windows that do not parse when the user is still typing', () => {
    const sut = windowsToCells([
      { weekday: 1, start: '9', end: '10:00' },
      { weekday: 1, start: '11:00', end: '10:00' },
    ]);

    expect(sut.flat().some(Boolean)).toBe(false);
  });

  it('should round-trip with cellsToWindows when windows are on the grid', () => {
    const windows = [
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 5, start: '13:30', end: '17:00' },
    ];

    expect(cellsToWindows(windowsToCells(windows))).toEqual(windows);
  });
});

describe(paintWindows.name, () => {
  it('should merge a painted range with the window it touches when painting available', () => {
    const sut = paintWindows(
      [{ weekday: 1, start: '09:00', end: '10:00' }],
      { weekdays: [1], fromCell: 8, toCell: 9 },
      true,
    );

    expect(sut).toEqual([{ weekday: 1, start: '09:00', end: '11:00' }]);
  });

  it('should split a window when a cell in its middle is cleared', () => {
    const sut = paintWindows(
      [{ weekday: 2, start: '09:00', end: '12:00' }],
      { weekdays: [2], fromCell: 8, toCell: 8 },
      false,
    );

    expect(sut).toEqual([
      { weekday: 2, start: '09:00', end: '10:00' },
      { weekday: 2, start: '10:30', end: '12:00' },
    ]);
  });

  it('should paint a rectangle over several days when the range is dragged backwards', () => {
    const sut = paintWindows(
      [],
      { weekdays: [1, 2, 3], fromCell: 7, toCell: 6 },
      true,
    );

    expect(sut).toEqual([
      { weekday: 1, start: '09:00', end: '10:00' },
      { weekday: 2, start: '09:00', end: '10:00' },
      { weekday: 3, start: '09:00', end: '10:00' },
    ]);
  });

  it('should keep window parts outside the grid and other days when painting', () => {
    const sut = paintWindows(
      [
        { weekday: 4, start: '05:00', end: '07:00' },
        { weekday: 6, start: '10:00', end: '11:00' },
      ],
      { weekdays: [4], fromCell: 0, toCell: 1 },
      false,
    );

    expect(sut).toEqual([
      { weekday: 4, start: '05:00', end: '06:00' },
      { weekday: 6, start: '10:00', end: '11:00' },
    ]);
  });

  it('should leave a window that does not parse untouched when its day is painted', () => {
    const broken = { weekday: 1, start: '25:00', end: '26:00' };

    const sut = paintWindows(
      [broken],
      { weekdays: [1], fromCell: 0, toCell: 0 },
      true,
    );

    expect(sut).toContainEqual(broken);
    expect(sut).toContainEqual({ weekday: 1, start: '06:00', end: '06:30' });
  });
});

describe(parseTimeOfDay.name, () => {
  it('should accept 24:00 as midnight at the end of the day', () => {
    expect(parseTimeOfDay('24:00')).toBe(1440);
    expect(parseTimeOfDay('24:30')).toBeNull();
    expect(parseTimeOfDay('12:60')).toBeNull();
  });
});

describe(cellLabel.name, () => {
  it('should name the weekday and the half hour', () => {
    expect(cellLabel(1, 6)).toBe('Monday 09:00–09:30');
  });
});
