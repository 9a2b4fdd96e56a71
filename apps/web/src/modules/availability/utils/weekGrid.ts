/** A weekly window as the API takes it: 0 = Sunday … 6 = Saturday, local HH:MM. */
export type WeeklyWindowDraft = {
  weekday: number;
  start: string;
  end: string;
};

/** The grid shows 06:00–22:00 in 30-minute cells; windows outside it are kept. */
export const GRID_START_MINUTES = 6 * 60;
export const GRID_END_MINUTES = 22 * 60;
export const CELL_MINUTES = 30;
export const CELLS_PER_DAY =
  (GRID_END_MINUTES - GRID_START_MINUTES) / CELL_MINUTES;

/** Display order: the working week first. */
export const WEEKDAYS_MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0] as const;

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

type Interval = { start: number; end: number };

/** Minutes since midnight for 'HH:MM' (24:00 allowed), or null. */
export function parseTimeOfDay(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) {
    return null;
  }
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) > 59 || minutes > 24 * 60) {
    return null;
  }

  return minutes;
}

export function formatTimeOfDay(minutes: number): string {
  const hours = Math.floor(minutes / 60);

  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function cellStartMinutes(cell: number): number {
  return GRID_START_MINUTES + cell * CELL_MINUTES;
}

/** "Monday 09:00–09:30", the accessible name of a cell without its state. */
export function cellLabel(weekday: number, cell: number): string {
  return `${WEEKDAY_NAMES[weekday]} ${formatTimeOfDay(cellStartMinutes(cell))}–${formatTimeOfDay(cellStartMinutes(cell + 1))}`;
}

function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) {
      last.end = Math.max(last.end, interval.end);
    } else {
      merged.push({ ...interval });
    }
  }

  return merged;
}

function subtractInterval(intervals: Interval[], cut: Interval): Interval[] {
  return intervals.flatMap((interval) => {
    if (cut.end <= interval.start || cut.start >= interval.end) {
      return [interval];
    }
    const pieces: Interval[] = [];
    if (interval.start < cut.start) {
      pieces.push({ start: interval.start, end: cut.start });
    }
    if (cut.end < interval.end) {
      pieces.push({ start: cut.end, end: interval.end });
    }

    return pieces;
  });
}

function toInterval(window: WeeklyWindowDraft): Interval | null {
  const start = parseTimeOfDay(window.start);
  const end = parseTimeOfDay(window.end);
  if (start === null || end === null || end <= start) {
    return null;
  }

  return { start, end };
}

function displayOrder(weekday: number): number {
  return (weekday + 6) % 7;
}

/** Monday first, then by start; a stable order for the list and the API. */
export function sortWindows(windows: WeeklyWindowDraft[]): WeeklyWindowDraft[] {
  return [...windows].sort(
    (a, b) =>
      displayOrder(a.weekday) - displayOrder(b.weekday) ||
      a.start.localeCompare(b.start),
  );
}

/** Which grid cells are fully covered by a window, per weekday (index 0 = Sunday). */
export function windowsToCells(windows: WeeklyWindowDraft[]): boolean[][] {
  const cells = Array.from({ length: 7 }, () =>
    Array.from({ length: CELLS_PER_DAY }, () => false),
  );
  for (const window of windows) {
    const interval = toInterval(window);
    const day = cells[window.weekday];
    if (!interval || !day) {
      continue;
    }
    for (let cell = 0; cell < CELLS_PER_DAY; cell++) {
      const start = cellStartMinutes(cell);
      if (start >= interval.start && start + CELL_MINUTES <= interval.end) {
        day[cell] = true;
      }
    }
  }

  return cells;
}

/** Painted cells (index 0 = Sunday) as windows, adjacent cells merged. */
export function cellsToWindows(cells: boolean[][]): WeeklyWindowDraft[] {
  const windows: WeeklyWindowDraft[] = [];
  cells.forEach((day, weekday) => {
    let runStart: number | null = null;
    for (let cell = 0; cell <= day.length; cell++) {
      const isOn = cell < day.length && day[cell];
      if (isOn && runStart === null) {
        runStart = cell;
      } else if (!isOn && runStart !== null) {
        windows.push({
          weekday,
          start: formatTimeOfDay(cellStartMinutes(runStart)),
          end: formatTimeOfDay(cellStartMinutes(cell)),
        });
        runStart = null;
      }
    }
  });

  return sortWindows(windows);
}

export type PaintRange = {
  weekdays: readonly number[];
  fromCell: number;
  toCell: number;
};

/**
 * Marks a rectangle of cells available or not. Other days, and the parts of
 * windows outside the painted cells (also outside the grid), are kept; the
 * painted days come back merged. Windows that do not parse are left alone so
 * that the list editor can show their error.
 */
export function paintWindows(
  windows: WeeklyWindowDraft[],
  range: PaintRange,
  isAvailable: boolean,
): WeeklyWindowDraft[] {
  const fromCell = Math.min(range.fromCell, range.toCell);
  const toCell = Math.max(range.fromCell, range.toCell);
  const painted: Interval = {
    start: cellStartMinutes(fromCell),
    end: cellStartMinutes(toCell + 1),
  };
  const days = new Set(range.weekdays);
  const kept = windows.filter(
    (window) => !days.has(window.weekday) || !toInterval(window),
  );
  const repainted = [...days].flatMap((weekday) => {
    const current = windows
      .filter((window) => window.weekday === weekday)
      .map(toInterval)
      .filter((interval): interval is Interval => interval !== null);
    const next = isAvailable
      ? mergeIntervals([...current, painted])
      : subtractInterval(mergeIntervals(current), painted);

    return next.map((interval) => ({
      weekday,
      start: formatTimeOfDay(interval.start),
      end: formatTimeOfDay(interval.end),
    }));
  });

  return sortWindows([...kept, ...repainted]);
}
