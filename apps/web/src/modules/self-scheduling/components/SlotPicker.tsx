import { useMemo, useState } from 'react';
import { NativeSelect, Radio, SimpleGrid, Stack, Text } from '@mantine/core';

import { formatTime } from '@web/modules/shared/utils/timeZoneDisplay';
import {
  groupOfferedSlotsByDay,
  type OfferedSlot,
} from '@web/modules/self-scheduling/utils/slotDays';

export type SlotPickerProps = {
  slots: OfferedSlot[];
  timeZone: string;
  value: string | null;
  onChange: (start: string) => void;
};

/** A day, then a time on it, both in the reader's zone; plain radios, so keyboards and screen readers need nothing special. */
export function SlotPicker({
  slots,
  timeZone,
  value,
  onChange,
}: SlotPickerProps) {
  const days = useMemo(
    () => groupOfferedSlotsByDay(slots, timeZone),
    [slots, timeZone],
  );
  const [pickedDate, setPickedDate] = useState<string | null>(null);
  const day =
    days.find((candidate) => candidate.date === pickedDate) ?? days[0];

  if (!day) {
    return (
      <Text role="status">
        No time is free in this date range any more. Reply to the team’s email
        and they will offer new times.
      </Text>
    );
  }

  return (
    <Stack gap="sm">
      <NativeSelect
        label="Day"
        data={days.map((option) => ({
          value: option.date,
          label: `${option.label} (${option.slots.length} ${option.slots.length === 1 ? 'time' : 'times'})`,
        }))}
        value={day.date}
        onChange={(event) => setPickedDate(event.currentTarget.value)}
      />
      <Radio.Group
        label={`Times on ${day.label}`}
        value={value}
        onChange={onChange}
      >
        <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs" mt="xs">
          {day.slots.map((slot) => (
            <Radio
              key={slot.start}
              value={slot.start}
              label={formatTime(slot.start, timeZone)}
            />
          ))}
        </SimpleGrid>
      </Radio.Group>
    </Stack>
  );
}
