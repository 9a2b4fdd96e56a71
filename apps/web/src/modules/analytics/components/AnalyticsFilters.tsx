import { Group, Select, TextInput } from '@mantine/core';

import type { FilterOption } from '@web/modules/analytics/hooks/useAnalyticsFilterOptions';
import {
  type AnalyticsFilterValues,
  rangeError,
} from '@web/modules/analytics/utils/analyticsRange';

export type AnalyticsFiltersProps = {
  values: AnalyticsFilterValues;
  kits: FilterOption[];
  interviewers: FilterOption[];
  isLoadingOptions: boolean;
  onChange: (values: AnalyticsFilterValues) => void;
};

/** Date range, kit and interviewer; every change applies at once. */
export function AnalyticsFilters({
  values,
  kits,
  interviewers,
  isLoadingOptions,
  onChange,
}: AnalyticsFiltersProps) {
  const error = rangeError(values);

  return (
    <Group
      component="form"
      aria-label="Analytics filters"
      align="flex-start"
      gap="md"
      onSubmit={(event) => event.preventDefault()}
    >
      <TextInput
        type="date"
        label="From"
        description="Sessions starting on or after"
        value={values.from}
        max={values.to || undefined}
        onChange={(event) =>
          onChange({ ...values, from: event.currentTarget.value })
        }
        error={error && !values.from ? error : undefined}
        w={180}
      />
      <TextInput
        type="date"
        label="To"
        description="Up to and including"
        value={values.to}
        min={values.from || undefined}
        onChange={(event) =>
          onChange({ ...values, to: event.currentTarget.value })
        }
        error={error && values.from ? error : undefined}
        w={180}
      />
      <Select
        label="Interview kit"
        description="Sessions run with this kit"
        placeholder={isLoadingOptions ? 'Loading…' : 'All kits'}
        data={kits}
        value={values.kitId}
        onChange={(kitId) => onChange({ ...values, kitId })}
        clearable
        searchable
        nothingFoundMessage="No kit matches"
        w={240}
      />
      <Select
        label="Interviewer"
        description="Sessions this person sat on"
        placeholder={isLoadingOptions ? 'Loading…' : 'All interviewers'}
        data={interviewers}
        value={values.interviewerId}
        onChange={(interviewerId) => onChange({ ...values, interviewerId })}
        clearable
        searchable
        nothingFoundMessage="No member matches"
        w={240}
      />
    </Group>
  );
}
