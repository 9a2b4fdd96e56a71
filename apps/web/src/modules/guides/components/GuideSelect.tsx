import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';

import {
  GUIDE_OPTIONS_LIMIT,
  useGuideOptions,
} from '@web/modules/guides/hooks/useGuideOptions';
import { useGuideTitle } from '@web/modules/guides/hooks/useGuideTitle';

export type GuideSelectProps = {
  value: string | null;
  onChange: (guideId: string | null) => void;
};

/** Picks one guide; typing searches the team's guides on the server. */
export function GuideSelect({ value, onChange }: GuideSelectProps) {
  const [searchValue, setSearchValue] = useState('');
  const [debouncedSearch] = useDebouncedValue(searchValue, 250);
  const selectedTitle = useGuideTitle(value);
  // Once a guide is picked the input shows its title: that is not a search.
  const isShowingSelection = value !== null && searchValue === selectedTitle;
  const { options, isLoading } = useGuideOptions(
    isShowingSelection ? '' : debouncedSearch,
  );
  const data =
    value && selectedTitle && !options.some((option) => option.value === value)
      ? [{ value, label: selectedTitle }, ...options]
      : options;

  return (
    <Select
      label="Guide"
      placeholder="All guides"
      data={data}
      value={value}
      onChange={(guideId) => onChange(guideId)}
      searchable
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      // The server already filtered by the search; keep its order.
      filter={({ options: all }) => all}
      limit={GUIDE_OPTIONS_LIMIT}
      nothingFoundMessage={isLoading ? 'Searching…' : 'No guide matches'}
      clearable
      clearButtonProps={{ 'aria-label': 'Clear guide filter' }}
    />
  );
}
