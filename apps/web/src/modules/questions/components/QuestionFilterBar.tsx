import { useState } from 'react';
import { Button, Grid, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';

import { GuideSelect } from '@web/modules/guides/components/GuideSelect';
import type { FacetCount } from '@web/modules/questions/hooks/useQuestionFacets';
import {
  EMPTY_QUESTION_FILTERS,
  hasActiveFilters,
  type QuestionFilters,
} from '@web/modules/questions/utils/questionFilters';

export type QuestionFilterBarProps = {
  filters: QuestionFilters;
  onChange: (filters: QuestionFilters) => void;
  kinds: FacetCount[];
  tags: FacetCount[];
  verticals: FacetCount[];
};

export const SEARCH_DEBOUNCE_MS = 300;

const toOptions = (facets: FacetCount[]) =>
  facets.map((facet) => ({
    value: facet.value,
    label: `${facet.label} (${facet.count})`,
  }));

/** Full-text search and the kind, guide, tag and vertical filters. */
export function QuestionFilterBar({
  filters,
  onChange,
  kinds,
  tags,
  verticals,
}: QuestionFilterBarProps) {
  const [searchText, setSearchText] = useState(filters.search);
  const [syncedSearch, setSyncedSearch] = useState(filters.search);
  const commitSearch = useDebouncedCallback(
    (search: string) => onChange({ ...filters, search }),
    SEARCH_DEBOUNCE_MS,
  );
  // The URL changed from outside (back button, nav link): show its search,
  // unless the user is still typing.
  if (filters.search !== syncedSearch) {
    setSyncedSearch(filters.search);
    if (!commitSearch.isPending()) {
      setSearchText(filters.search);
    }
  }

  return (
    <form
      role="search"
      aria-label="Search questions"
      onSubmit={(event) => {
        // Enter searches right away instead of waiting for the pause.
        event.preventDefault();
        commitSearch.cancel();
        onChange({ ...filters, search: searchText });
      }}
    >
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={12}>
          <TextInput
            label="Search"
            description={
              'Words match prompts, answers and follow-ups; use "quotes" for a phrase and -word to exclude.'
            }
            placeholder="e.g. layer normalization"
            type="search"
            value={searchText}
            onChange={(event) => {
              setSearchText(event.currentTarget.value);
              commitSearch(event.currentTarget.value);
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <Select
            label="Kind"
            placeholder="All kinds"
            data={toOptions(kinds)}
            value={filters.kindKey}
            onChange={(kindKey) => onChange({ ...filters, kindKey })}
            clearable
            clearButtonProps={{ 'aria-label': 'Clear kind filter' }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <GuideSelect
            value={filters.guideId}
            onChange={(guideId) => onChange({ ...filters, guideId })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <Select
            label="Tag"
            placeholder="All tags"
            data={toOptions(tags)}
            value={filters.tag}
            onChange={(tag) => onChange({ ...filters, tag })}
            searchable
            nothingFoundMessage="No tag matches"
            clearable
            clearButtonProps={{ 'aria-label': 'Clear tag filter' }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <Select
            label="Vertical"
            placeholder="All verticals"
            data={toOptions(verticals)}
            value={filters.vertical}
            onChange={(vertical) => onChange({ ...filters, vertical })}
            searchable
            nothingFoundMessage="No vertical matches"
            clearable
            clearButtonProps={{ 'aria-label': 'Clear vertical filter' }}
          />
        </Grid.Col>
        {hasActiveFilters(filters) || searchText !== '' ? (
          <Grid.Col span={12}>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                commitSearch.cancel();
                setSearchText('');
                onChange(EMPTY_QUESTION_FILTERS);
              }}
            >
              Clear search and filters
            </Button>
          </Grid.Col>
        ) : null}
      </Grid>
    </form>
  );
}
