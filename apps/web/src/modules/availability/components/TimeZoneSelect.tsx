import { Select, type SelectProps } from '@mantine/core';

import { timeZoneOptions } from '@web/modules/invites/utils/timeZones';
import { zoneName } from '@web/modules/scheduling/utils/timeZoneDisplay';

export type TimeZoneSelectProps = Omit<
  SelectProps,
  'data' | 'value' | 'onChange'
> & {
  value: string;
  onChange: (timeZone: string) => void;
};

/** A searchable list of the browser's IANA zones. */
export function TimeZoneSelect({
  value,
  onChange,
  ...props
}: TimeZoneSelectProps) {
  return (
    <Select
      searchable
      allowDeselect={false}
      maxDropdownHeight={280}
      nothingFoundMessage="No such time zone"
      {...props}
      data={timeZoneOptions(value).map((zone) => ({
        value: zone,
        label: zoneName(zone),
      }))}
      value={value}
      onChange={(next) => {
        if (next) {
          onChange(next);
        }
      }}
    />
  );
}
