import { useQuery } from '@apollo/client/react';

import { AnalyticsFilterOptionsQuery } from '@web/modules/analytics/graphql/queries/AnalyticsFilterOptions';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type FilterOption = { value: string; label: string };

export type UseAnalyticsFilterOptionsResult = {
  kits: FilterOption[];
  interviewers: FilterOption[];
  isLoading: boolean;
  error: ApiError | null;
};

/** Kits and members for the analytics filters; past members stay, their ratings count. */
export function useAnalyticsFilterOptions(): UseAnalyticsFilterOptionsResult {
  const { data, loading, error } = useQuery(AnalyticsFilterOptionsQuery);

  return {
    kits: (data?.kits ?? [])
      .map((kit) => ({ value: kit.id, label: kit.name }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    interviewers: (data?.members ?? [])
      .map((member) => ({
        value: member.user.id,
        label: member.active
          ? member.user.name
          : `${member.user.name} (deactivated)`,
      }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
  };
}
