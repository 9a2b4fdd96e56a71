import { useQuery } from '@apollo/client/react';

import { AuditFilterOptionsQuery } from '@web/modules/audit/graphql/queries/AuditFilterOptions';
import {
  type ActionOptionGroup,
  actionOptions,
} from '@web/modules/audit/utils/auditFilters';
import { auditRecordTypeLabel } from '@web/modules/audit/utils/auditLabels';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type AuditFilterOption = { value: string; label: string };

export type UseAuditFilterOptionsResult = {
  actors: AuditFilterOption[];
  actions: ActionOptionGroup[];
  recordTypes: AuditFilterOption[];
  isLoading: boolean;
  error: ApiError | null;
};

/** What the trail holds, and the members who may have acted, for the filter menus. */
export function useAuditFilterOptions(): UseAuditFilterOptionsResult {
  const { data, loading, error } = useQuery(AuditFilterOptionsQuery, {
    fetchPolicy: 'cache-and-network',
  });

  return {
    actors: (data?.members ?? [])
      .map((member) => ({
        value: member.user.id,
        label: member.active
          ? member.user.name
          : `${member.user.name} (deactivated)`,
      }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    actions: actionOptions(data?.auditFacets.actions ?? []),
    recordTypes: (data?.auditFacets.recordTypes ?? []).map((type) => ({
      value: type,
      label: auditRecordTypeLabel(type),
    })),
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
  };
}
