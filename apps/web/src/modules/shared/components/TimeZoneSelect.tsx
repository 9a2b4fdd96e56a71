import { useMemo } from 'react';
import { Select, type SelectProps } from '@mantine/core';

import { timeZoneLabel, timeZoneNames } from '@panelwise/domain-scheduling';

import { browserTimeZone } from '@web/modules/shared/utils/timeZoneDisplay';

export type TimeZoneSelectProps = Omit<
  SelectProps,
  'data' | 'value' | 'onChange'
> & {
  value: string;
  onChange: (timeZone: string) => void;
  /** Options read "America/New York" rather than "America/New_York". */
  hasReadableLabels?: boolean;
};

/**
 * The one picker of an IANA zone (a profile, the team, availability): every
 * zone the browser knows, plus the current value and the browser's own.
 */
export function TimeZoneSelect({
  value,
  onChange,
  hasReadableLabels = false,
  label = 'Time zone',
  description = 'Interview times are shown in this zone',
  ...props
}: TimeZoneSelectProps) {
  const zones = useMemo(
    () =>
      timeZoneNames([value, browserTimeZone()]).map((zone) => ({
        value: zone,
        label: hasReadableLabels ? timeZoneLabel(zone) : zone,
      })),
    [hasReadableLabels, value],
  );

  return (
    <Select
      label={label}
      description={description}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No matching time zone"
      limit={50}
      {...props}
      data={zones}
      value={value}
      onChange={(zone) => {
        // Deselecting is off: a null only comes from clearing the search.
        if (zone) {
          onChange(zone);
        }
      }}
    />
  );
}
