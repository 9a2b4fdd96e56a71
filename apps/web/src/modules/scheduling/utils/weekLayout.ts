import { addDays, zonedParts } from '@web/modules/shared/utils/timeZoneDisplay';

export type TimedItem = { id: string; startsAt: string; endsAt: string };

export type PlacedItem<T extends TimedItem> = {
  item: T;
  /** 0 = Monday … 6 = Sunday, in the viewer's zone */
  dayIndex: number;
  /** Minutes since local midnight, clipped to the day */
  startMinutes: number;
  endMinutes: number;
  lane: number;
  laneCount: number;
};

const DAY_MINUTES = 24 * 60;

/**
 * Places items on the seven local days of a week starting on the Monday.
 * An item crossing midnight appears on both days; overlapping items on a
 * day share its width in lanes.
 */
export function layoutWeek<T extends TimedItem>(
  items: T[],
  mondayKey: string,
  timeZone: string,
): PlacedItem<T>[][] {
  const dayKeys = Array.from({ length: 7 }, (_, index) =>
    addDays(mondayKey, index),
  );
  const days: PlacedItem<T>[][] = dayKeys.map(() => []);
  for (const item of items) {
    const start = zonedParts(item.startsAt, timeZone);
    const end = zonedParts(item.endsAt, timeZone);
    dayKeys.forEach((dayKey, dayIndex) => {
      if (dayKey < start.dateKey || dayKey > end.dateKey) {
        return;
      }
      const startMinutes = dayKey === start.dateKey ? start.minutes : 0;
      const endMinutes = dayKey === end.dateKey ? end.minutes : DAY_MINUTES;
      if (endMinutes > startMinutes) {
        days[dayIndex]?.push({
          item,
          dayIndex,
          startMinutes,
          endMinutes,
          lane: 0,
          laneCount: 1,
        });
      }
    });
  }

  return days.map(assignLanes);
}

function assignLanes<T extends TimedItem>(
  placed: PlacedItem<T>[],
): PlacedItem<T>[] {
  const sorted = [...placed].sort(
    (a, b) => a.startMinutes - b.startMinutes || b.endMinutes - a.endMinutes,
  );
  // Clusters of transitively overlapping items share a lane count.
  let cluster: PlacedItem<T>[] = [];
  let clusterEnd = -1;
  const laneEnds: number[] = [];
  const finish = () => {
    const laneCount = Math.max(1, ...cluster.map((entry) => entry.lane + 1));
    cluster.forEach((entry) => (entry.laneCount = laneCount));
    cluster = [];
    laneEnds.length = 0;
  };
  for (const entry of sorted) {
    if (entry.startMinutes >= clusterEnd) {
      finish();
    }
    const free = laneEnds.findIndex((end) => end <= entry.startMinutes);
    entry.lane = free >= 0 ? free : laneEnds.length;
    laneEnds[entry.lane] = entry.endMinutes;
    cluster.push(entry);
    clusterEnd = Math.max(clusterEnd, entry.endMinutes);
  }
  finish();

  return sorted;
}

/** The hours to draw: 07:00–20:00, widened to fit every item. */
export function visibleHours(days: PlacedItem<TimedItem>[][]): {
  firstHour: number;
  lastHour: number;
} {
  const all = days.flat();
  const earliest = Math.min(7 * 60, ...all.map((entry) => entry.startMinutes));
  const latest = Math.max(20 * 60, ...all.map((entry) => entry.endMinutes));

  return {
    firstHour: Math.floor(earliest / 60),
    lastHour: Math.ceil(latest / 60),
  };
}
