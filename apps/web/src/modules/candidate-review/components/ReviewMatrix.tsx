import { Fragment, useState, type CSSProperties } from 'react';
import { Badge, Button, Group, List, Stack, Table, Text } from '@mantine/core';

import {
  levelLabel,
  levelTone,
  RECOMMENDATION_TONES,
  type ScaleStep,
} from '@web/modules/candidate-review/utils/ratingScale';
import type {
  MatrixColumn,
  MatrixRow,
  ReviewMatrix as ReviewMatrixData,
} from '@web/modules/candidate-review/utils/reviewMatrix';
import { recommendationLabel } from '@web/modules/scorecards/utils/scorecardContent';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

import { RatingCell } from './RatingCell';
import { ToneChip } from './ToneChip';

export type ReviewMatrixProps = {
  matrix: ReviewMatrixData;
  scale: readonly ScaleStep[];
  timeZone: string;
};

const DISAGREEMENT_EDGE = 'var(--mantine-color-orange-6)';

// Inset shadows draw the column's outline without fighting the table's borders.
const disagreementCell: CSSProperties = {
  boxShadow: `inset 2px 0 0 ${DISAGREEMENT_EDGE}, inset -2px 0 0 ${DISAGREEMENT_EDGE}`,
  background: 'var(--mantine-color-orange-0)',
};
const disagreementHeader: CSSProperties = {
  boxShadow: `inset 2px 0 0 ${DISAGREEMENT_EDGE}, inset -2px 0 0 ${DISAGREEMENT_EDGE}, inset 0 2px 0 ${DISAGREEMENT_EDGE}`,
  background: 'var(--mantine-color-orange-0)',
};

/**
 * Submitted scorecards side by side: one row per interviewer (per session),
 * one column per competency, disagreements outlined.
 */
export function ReviewMatrix({ matrix, scale, timeZone }: ReviewMatrixProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const hasSeveralSessions = matrix.groups.length > 1;
  const columnCount = matrix.columns.length + 3;

  const toggle = (scorecardId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(scorecardId)) {
        next.delete(scorecardId);
      } else {
        next.add(scorecardId);
      }

      return next;
    });

  return (
    <Stack gap="xs">
      <Group gap="xs" aria-label="Rating scale" role="group">
        <Text size="xs" c="dimmed">
          Scale:
        </Text>
        {scale.map((step) => (
          <ToneChip key={step.level} tone={levelTone(step.level, scale)}>
            {step.level} · {step.label}
          </ToneChip>
        ))}
        <ToneChip tone="gray">n/a · Not assessed</ToneChip>
      </Group>
      <Text size="xs" c="dimmed">
        Point at (or tab to) a rating marked ¶ for its evidence, or show a row’s
        evidence in full.
      </Text>
      <Table.ScrollContainer minWidth={240 + matrix.columns.length * 150}>
        <Table
          verticalSpacing="xs"
          withTableBorder
          aria-label="Ratings by interviewer and competency"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Interviewer</Table.Th>
              {matrix.columns.map((column) => (
                <CompetencyHeader key={column.id} column={column} />
              ))}
              <Table.Th scope="col">Recommendation</Table.Th>
              <Table.Th scope="col">
                <span className="pw-visually-hidden">Evidence</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrix.groups.map((group) => (
              <Fragment key={group.sessionId}>
                {hasSeveralSessions ? (
                  <Table.Tr bg="var(--mantine-color-gray-0)">
                    <Table.Td colSpan={columnCount}>
                      <Text size="sm" fw={600}>
                        {group.startsAt
                          ? `Session of ${formatDateTime(group.startsAt, timeZone)}`
                          : 'Session'}
                        {group.kitName ? ` · ${group.kitName}` : ''}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
                {group.rows.map((row) => (
                  <MatrixRowView
                    key={row.scorecardId}
                    row={row}
                    columns={matrix.columns}
                    scale={scale}
                    columnCount={columnCount}
                    isExpanded={expanded.has(row.scorecardId)}
                    onToggle={() => toggle(row.scorecardId)}
                  />
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function CompetencyHeader({ column }: { column: MatrixColumn }) {
  return (
    <Table.Th
      scope="col"
      data-disagreement={column.disagreement ? 'true' : undefined}
      style={column.disagreement ? disagreementHeader : undefined}
    >
      <Stack gap={4} align="flex-start">
        <span>{column.name}</span>
        {column.disagreement ? (
          <Badge color="orange" variant="light" tt="none" size="sm">
            Disagreement: {column.disagreement.lowest}–
            {column.disagreement.highest}
          </Badge>
        ) : null}
      </Stack>
    </Table.Th>
  );
}

type MatrixRowViewProps = {
  row: MatrixRow;
  columns: MatrixColumn[];
  scale: readonly ScaleStep[];
  columnCount: number;
  isExpanded: boolean;
  onToggle: () => void;
};

function MatrixRowView({
  row,
  columns,
  scale,
  columnCount,
  isExpanded,
  onToggle,
}: MatrixRowViewProps) {
  const detailsId = `evidence-${row.scorecardId}`;

  return (
    <>
      <Table.Tr data-testid="matrix-row">
        <Table.Th scope="row" fw={600}>
          {row.interviewer.name}
        </Table.Th>
        {columns.map((column) => (
          <Table.Td
            key={column.id}
            data-disagreement={column.disagreement ? 'true' : undefined}
            style={column.disagreement ? disagreementCell : undefined}
          >
            <RatingCell cell={row.cells[column.id]} scale={scale} />
          </Table.Td>
        ))}
        <Table.Td>
          {row.recommendation ? (
            <ToneChip tone={RECOMMENDATION_TONES[row.recommendation]}>
              {recommendationLabel(row.recommendation)}
            </ToneChip>
          ) : (
            <Text size="sm" c="dimmed">
              —
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={isExpanded}
            aria-controls={isExpanded ? detailsId : undefined}
            aria-label={`${isExpanded ? 'Hide' : 'Show'} evidence from ${row.interviewer.name}`}
            onClick={onToggle}
          >
            {isExpanded ? 'Hide evidence' : 'Show evidence'}
          </Button>
        </Table.Td>
      </Table.Tr>
      {isExpanded ? (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={columnCount} bg="var(--mantine-color-gray-0)">
            <List spacing={6} size="sm" listStyleType="none" p={0}>
              {columns.map((column) => {
                const cell = row.cells[column.id];

                return (
                  <List.Item key={column.id}>
                    <Text size="sm" fw={600} span>
                      {column.name}:{' '}
                    </Text>
                    <Text size="sm" span>
                      {!cell
                        ? 'not on this scorecard'
                        : cell.notAssessed || cell.level === null
                          ? 'not assessed'
                          : `${cell.level} · ${levelLabel(cell.level, scale)}`}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {cell?.evidence.trim() || 'No evidence written.'}
                    </Text>
                  </List.Item>
                );
              })}
              <List.Item>
                <Text size="sm" fw={600} span>
                  Summary:{' '}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {row.summary.trim() || 'No summary written.'}
                </Text>
              </List.Item>
            </List>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}
