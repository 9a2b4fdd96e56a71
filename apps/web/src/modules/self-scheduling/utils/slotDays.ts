import {
  formatDateKey,
  zonedParts,
} from '@web/modules/shared/utils/timeZoneDisplay';

export type OfferedSlot = { start: string; end: string };

export type SlotDay = {
  /** The local date in the reader's zone, YYYY-MM-DD. */
  date: string;
  /** "Tuesday, December 15" in the reader's locale. */
  label: string;
  slots: OfferedSlot[];
};

/** Offered starts grouped by the day they fall on in `timeZone`, soonest first. */
export function groupOfferedSlotsByDay(
  slots: OfferedSlot[],
  timeZone: string,
): SlotDay[] {
  const days = new Map<string, SlotDay>();
  for (const slot of [...slots].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start),
  )) {
    const { dateKey } = zonedParts(slot.start, timeZone);
    const day = days.get(dateKey) ?? {
      date: dateKey,
      label: formatDateKey(dateKey),
      slots: [],
    };
    day.slots.push(slot);
    days.set(dateKey, day);
  }

  return [...days.values()];
}
