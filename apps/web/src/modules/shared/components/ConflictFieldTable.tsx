import type { CSSProperties, ReactNode } from 'react';
import { Badge, Table } from '@mantine/core';

import { CONFLICT_DIFFERS_BACKGROUND } from './VersionConflictModal';

export type ConflictField = {
  key: string;
  label: string;
  theirs: string;
  mine: string;
  isDifferent: boolean;
};

export type ConflictFieldTableProps = {
  /** Accessible name, e.g. "Rubric, theirs and yours". */
  label: string;
  theirsVersion: number;
  fields: ConflictField[];
  /** Width of the field-name column. */
  fieldColumnWidth: string;
  /** Keeps the line breaks of multi-line values. */
  preservesLineBreaks?: boolean;
  /** More rows after the fields. */
  children?: ReactNode;
};

const VALUE_STYLE: CSSProperties = { overflowWrap: 'anywhere' };
const MULTILINE_VALUE_STYLE: CSSProperties = {
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
};

/** Field by field, theirs next to mine, the differing rows marked. */
export function ConflictFieldTable({
  label,
  theirsVersion,
  fields,
  fieldColumnWidth,
  preservesLineBreaks = false,
  children,
}: ConflictFieldTableProps) {
  const valueStyle = preservesLineBreaks ? MULTILINE_VALUE_STYLE : VALUE_STYLE;

  return (
    <Table withTableBorder withColumnBorders layout="fixed" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={fieldColumnWidth}>
            Field
          </Table.Th>
          <Table.Th scope="col">Theirs (version {theirsVersion})</Table.Th>
          <Table.Th scope="col">Yours (unsaved)</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((field) => (
          <Table.Tr
            key={field.key}
            style={
              field.isDifferent
                ? { background: CONFLICT_DIFFERS_BACKGROUND }
                : undefined
            }
          >
            <Table.Th scope="row">
              {field.label}
              {field.isDifferent ? (
                <Badge size="xs" color="yellow" variant="light" ml={6}>
                  Differs
                </Badge>
              ) : null}
            </Table.Th>
            <Table.Td style={valueStyle}>{field.theirs || '—'}</Table.Td>
            <Table.Td style={valueStyle}>{field.mine || '—'}</Table.Td>
          </Table.Tr>
        ))}
        {children}
      </Table.Tbody>
    </Table>
  );
}
