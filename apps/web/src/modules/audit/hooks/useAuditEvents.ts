import type {
  AuditEventFieldsFragment,
  AuditEventFilterInput,
} from '@web/generated/graphql';
import { AuditEventsQuery } from '@web/modules/audit/graphql/queries/AuditEvents';
import {
  type ConnectionPages,
  useConnectionPages,
} from '@web/modules/shared/hooks/useConnectionPages';

export type AuditEvent = AuditEventFieldsFragment;

export type UseAuditEventsResult = Omit<
  ConnectionPages<AuditEvent>,
  'nodes'
> & {
  events: AuditEvent[];
};

export const AUDIT_PAGE_SIZE = 50;

/** The team's audit trail, newest first, filtered; pages are appended. */
export function useAuditEvents(
  filter: AuditEventFilterInput | null,
): UseAuditEventsResult {
  const { nodes, ...pages } = useConnectionPages(
    AuditEventsQuery,
    'auditEvents',
    {
      variables: { filter, first: AUDIT_PAGE_SIZE },
      // The trail grows while the page is away: always ask again on return.
      fetchPolicy: 'cache-and-network',
      nextFetchPolicy: 'cache-first',
    },
  );

  return { events: nodes, ...pages };
}
