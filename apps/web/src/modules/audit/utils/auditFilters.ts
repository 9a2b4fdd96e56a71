import type { AuditEventFilterInput } from '@web/generated/graphql';

import { auditActionGroupLabel, auditActionLabel } from './auditLabels';

/** The audit log's filters, as kept in the page URL. */
export type AuditFilters = {
  actorId: string | null;
  action: string | null;
  recordType: string | null;
  recordId: string | null;
};

export const EMPTY_AUDIT_FILTERS: AuditFilters = {
  actorId: null,
  action: null,
  recordType: null,
  recordId: null,
};

const PARAMS = {
  actorId: 'actor',
  action: 'action',
  recordType: 'type',
  recordId: 'record',
} as const satisfies Record<keyof AuditFilters, string>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function auditFiltersFromParams(params: URLSearchParams): AuditFilters {
  const value = (name: string) => params.get(name)?.trim() || null;

  return {
    actorId: value(PARAMS.actorId),
    action: value(PARAMS.action),
    recordType: value(PARAMS.recordType),
    recordId: value(PARAMS.recordId),
  };
}

export function auditFiltersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof AuditFilters)[]) {
    const value = filters[key];
    if (value) {
      params.set(PARAMS[key], value);
    }
  }

  return params;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}

/** The API filter; ids that are not UUIDs are left out (the field shows why). */
export function toAuditFilterInput(
  filters: AuditFilters,
): AuditEventFilterInput | null {
  const input: AuditEventFilterInput = {};
  if (filters.actorId && isUuid(filters.actorId)) {
    input.actorId = filters.actorId;
  }
  if (filters.action) {
    input.action = filters.action;
  }
  if (filters.recordType) {
    input.recordType = filters.recordType;
  }
  if (filters.recordId && isUuid(filters.recordId)) {
    input.recordId = filters.recordId;
  }

  return Object.keys(input).length > 0 ? input : null;
}

export type ActionOptionGroup = {
  group: string;
  items: { value: string; label: string }[];
};

/**
 * Actions grouped by what they act on ("session.scheduled" under "session"),
 * each group led by its prefix ("session.") to match all of them.
 */
export function actionOptions(actions: readonly string[]): ActionOptionGroup[] {
  const groups = new Map<string, string[]>();
  for (const action of [...new Set(actions)].sort()) {
    const dot = action.indexOf('.');
    const prefix = dot > 0 ? action.slice(0, dot) : action;
    groups.set(prefix, [...(groups.get(prefix) ?? []), action]);
  }

  return [...groups].map(([prefix, members]) => {
    const group = auditActionGroupLabel(prefix);

    return {
      group,
      items: [
        ...(members.length > 1 || members[0] !== prefix
          ? [
              {
                value: `${prefix}.`,
                label: `Any ${group.toLowerCase()} action`,
              },
            ]
          : []),
        ...members.map((action) => ({
          value: action,
          label: auditActionLabel(action),
        })),
      ],
    };
  });
}
