import { useState } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';

import type { UseAuditFilterOptionsResult } from '@web/modules/audit/hooks/useAuditFilterOptions';
import {
  type AuditFilters,
  EMPTY_AUDIT_FILTERS,
  hasAuditFilters,
  isUuid,
} from '@web/modules/audit/utils/auditFilters';

export type AuditFiltersBarProps = {
  filters: AuditFilters;
  options: Pick<
    UseAuditFilterOptionsResult,
    'actors' | 'actions' | 'recordTypes' | 'isLoading'
  >;
  onChange: (filters: AuditFilters) => void;
};

/** Actor, action (or a prefix), record type and record id. */
export function AuditFiltersBar({
  filters,
  options,
  onChange,
}: AuditFiltersBarProps) {
  // The id is typed here and applied once it is a whole UUID (or cleared).
  const [recordIdText, setRecordIdText] = useState(filters.recordId ?? '');
  const [lastRecordId, setLastRecordId] = useState(filters.recordId);
  if (filters.recordId !== lastRecordId) {
    setLastRecordId(filters.recordId);
    setRecordIdText(filters.recordId ?? '');
  }
  const trimmedId = recordIdText.trim();
  const recordIdError =
    trimmedId && !isUuid(trimmedId)
      ? 'A record ID looks like 3f2a1b4c-…-…-…-…'
      : undefined;
  const placeholder = (text: string) => (options.isLoading ? 'Loading…' : text);

  return (
    <Group
      component="form"
      aria-label="Audit log filters"
      align="flex-start"
      gap="md"
      onSubmit={(event) => event.preventDefault()}
    >
      <Select
        label="Actor"
        placeholder={placeholder('Anyone')}
        data={options.actors}
        value={filters.actorId}
        onChange={(actorId) => onChange({ ...filters, actorId })}
        clearable
        searchable
        nothingFoundMessage="No member matches"
        w={220}
      />
      <Select
        label="Action"
        placeholder={placeholder('Any action')}
        data={options.actions}
        value={filters.action}
        onChange={(action) => onChange({ ...filters, action })}
        clearable
        searchable
        nothingFoundMessage="No action matches"
        w={260}
      />
      <Select
        label="Record type"
        placeholder={placeholder('Any record')}
        data={options.recordTypes}
        value={filters.recordType}
        onChange={(recordType) => onChange({ ...filters, recordType })}
        clearable
        w={180}
      />
      <TextInput
        label="Record ID"
        placeholder="Any record"
        value={recordIdText}
        error={recordIdError}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setRecordIdText(text);
          const id = text.trim();
          if (id === '' || isUuid(id)) {
            setLastRecordId(id || null);
            onChange({ ...filters, recordId: id || null });
          }
        }}
        w={320}
      />
      {hasAuditFilters(filters) ? (
        <Button
          variant="subtle"
          mt={25}
          onClick={() => onChange(EMPTY_AUDIT_FILTERS)}
        >
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
