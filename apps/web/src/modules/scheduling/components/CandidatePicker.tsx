import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';

import {
  type CandidateOption,
  useCandidateSearch,
} from '@web/modules/scheduling/hooks/useSchedulingOptions';

export type CandidatePickerProps = {
  value: CandidateOption | null;
  error?: string | null;
  onChange: (candidate: CandidateOption | null) => void;
};

function optionLabel(candidate: CandidateOption): string {
  return candidate.targetRole
    ? `${candidate.name} · ${candidate.targetRole}`
    : candidate.name;
}

/** Searches the team's candidates on the server as the coordinator types. */
export function CandidatePicker({
  value,
  error,
  onChange,
}: CandidatePickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // The selected candidate's label is in the box: search everything then.
  const query = value && search === optionLabel(value) ? '' : debounced;
  const { candidates, isSearching } = useCandidateSearch(query);
  const options =
    value && !candidates.some((c) => c.id === value.id)
      ? [value, ...candidates]
      : candidates;

  return (
    <Select
      label="Candidate"
      placeholder="Search by name, email or role"
      required
      searchable
      clearable
      data={options.map((candidate) => ({
        value: candidate.id,
        label: optionLabel(candidate),
      }))}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) =>
        onChange(options.find((candidate) => candidate.id === id) ?? null)
      }
      nothingFoundMessage={
        isSearching
          ? 'Searching…'
          : 'No candidate matches; add one under Candidates'
      }
      // The server already filtered by the search.
      filter={({ options: all }) => all}
      error={error}
    />
  );
}
