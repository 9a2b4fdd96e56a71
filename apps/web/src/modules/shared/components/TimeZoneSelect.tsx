import { useMemo } from 'react';
import { Select } from '@mantine/core';

import {
  browserTimeZone,
  timeZoneOptions,
} from '@web/modules/invites/utils/timeZones';

export type TimeZoneSelectProps = {
  value: string;
  onChange: (timeZone: string) => void;
  error?: string;
  label?: string;
  description?: string;
};

/** Picks the IANA zone of a new account; interview times are then shown in it. */
export function TimeZoneSelect({
  value,
  onChange,
  error,
  label = 'Time zone',
  description = 'Interview times are shown in this zone',
}: TimeZoneSelectProps) {
  const zones = useMemo(() => timeZoneOptions(browserTimeZone()), []);

  return (
    <Select
      label={label}
      description={description}
      data={zones}
      value={value}
      onChange={(zone) => onChange(zone ?? browserTimeZone())}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No matching time zone"
      error={error}
      limit={50}
    />
  );
}
