import { timeZoneLabel } from '@panelwise/domain-scheduling';

import {
  dayShift,
  formatTime,
  zonedParts,
} from '@web/modules/shared/utils/timeZoneDisplay';

export type SlotPerson = {
  id: string;
  name: string;
  timeZone: string;
};

export type FoundSlot = {
  start: string;
  end: string;
  score: number;
  interviewers: SlotPerson[];
};

export type PanelistLocalTime = {
  person: SlotPerson;
  /** e.g. "03:00 (America/New York, −1 day)" */
  label: string;
};

export type SlotOption = FoundSlot & {
  /** Start–end in the viewer's zone */
  timeLabel: string;
  panelistTimes: PanelistLocalTime[];
};

export type SlotDay = {
  /** YYYY-MM-DD in the viewer's zone */
  dateKey: string;
  slots: SlotOption[];
};

function toOption(
  slot: FoundSlot,
  viewerZone: string,
  locale: string | undefined,
): SlotOption {
  return {
    ...slot,
    timeLabel: `${formatTime(slot.start, viewerZone, locale)}–${formatTime(slot.end, viewerZone, locale)}`,
    panelistTimes: slot.interviewers.map((person) => {
      const shift = dayShift(slot.start, person.timeZone, viewerZone);

      return {
        person,
        label: `${formatTime(slot.start, person.timeZone, locale)} (${timeZoneLabel(person.timeZone)}${shift ? `, ${shift}` : ''})`,
      };
    }),
  };
}

/**
 * Slots as the slot finder returns them (fairest first) grouped by the
 * viewer's local day, days and slots in time order, each with every
 * panelist's local time.
 */
export function groupSlotsByDay(
  slots: FoundSlot[],
  viewerZone: string,
  locale?: string,
): SlotDay[] {
  const days = new Map<string, SlotOption[]>();
  const sorted = [...slots].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || a.score - b.score,
  );
  for (const slot of sorted) {
    const dateKey = zonedParts(slot.start, viewerZone).dateKey;
    days.set(dateKey, [
      ...(days.get(dateKey) ?? []),
      toOption(slot, viewerZone, locale),
    ]);
  }

  return [...days.entries()].map(([dateKey, daySlots]) => ({
    dateKey,
    slots: daySlots,
  }));
}

export type RankedSlotOption = SlotOption & {
  /** YYYY-MM-DD in the viewer's zone */
  dateKey: string;
  /** Among the lowest score of the search: marked with a star. */
  isFairest: boolean;
};

/**
 * Fairest first, as promised: lowest score (the panel's fewest other
 * sessions around the slot) first, earlier first among equals.
 */
export function rankSlotsFairestFirst(
  slots: FoundSlot[],
  viewerZone: string,
  locale?: string,
): RankedSlotOption[] {
  const fairest = slots.length
    ? Math.min(...slots.map((slot) => slot.score))
    : null;

  return [...slots]
    .sort(
      (a, b) => a.score - b.score || Date.parse(a.start) - Date.parse(b.start),
    )
    .map((slot) => ({
      ...toOption(slot, viewerZone, locale),
      dateKey: zonedParts(slot.start, viewerZone).dateKey,
      isFairest: slot.score === fairest,
    }));
}
