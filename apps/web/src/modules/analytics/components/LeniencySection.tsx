import { Box, Stack, Table, Text } from '@mantine/core';

import {
  chartableEntries,
  formatLeniency,
  formatLeniencyInterval,
  formatMean,
  type InterviewerCalibration,
  leniencyChartData,
  leniencyDirection,
  leniencyDomain,
  sortCalibrationRows,
} from '@web/modules/analytics/utils/calibrationChart';
import { LazyBarChart } from '@web/modules/shared/components/LazyBarChart';

import { EmptyNotice } from './EmptyNotice';

export type LeniencySectionProps = {
  entries: readonly InterviewerCalibration[];
  /** Ratings an interviewer needs on a competency before their leniency is shown. */
  minimumRatings: number;
};

const BAR_HEIGHT = 14;

/** Leniency per interviewer and competency: a diverging bar chart and its figures. */
export function LeniencySection({
  entries,
  minimumRatings,
}: LeniencySectionProps) {
  if (entries.length === 0) {
    return (
      <EmptyNotice title="No calibration figures yet">
        Leniency compares each interviewer’s ratings with the rest of the panel
        on the same sessions. It needs sessions in this range where two or more
        panelists submitted scorecards rating the same competency, at least{' '}
        {minimumRatings} per interviewer and competency.
      </EmptyNotice>
    );
  }
  const charted = chartableEntries(entries);

  return (
    <Stack gap="md">
      {charted.length ? (
        <LeniencyChart entries={charted} />
      ) : (
        <EmptyNotice title="Not enough data yet">
          No interviewer has {minimumRatings} shared ratings on a competency in
          this range. The table shows what there is so far; widen the range to
          see figures.
        </EmptyNotice>
      )}
      <Table.ScrollContainer minWidth={720}>
        <Table
          striped
          verticalSpacing="xs"
          aria-label="Leniency per interviewer and competency"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Interviewer</Table.Th>
              <Table.Th scope="col">Competency</Table.Th>
              <Table.Th scope="col" ta="right">
                Mean
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Panel mean
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Leniency
              </Table.Th>
              <Table.Th scope="col" ta="right">
                95% interval
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Ratings (n)
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sortCalibrationRows(entries).map((entry) => (
              <Table.Tr
                key={`${entry.interviewer.id}:${entry.competencyId}`}
                data-testid="leniency-row"
              >
                <Table.Td>{entry.interviewer.name}</Table.Td>
                <Table.Td>{entry.competencyName}</Table.Td>
                {entry.hasEnoughData ? (
                  <>
                    <Table.Td ta="right">
                      {formatMean(entry.meanRating)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {formatMean(entry.panelMean)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {formatLeniency(entry.leniency)}{' '}
                      <Text span size="sm" c="dimmed">
                        ({leniencyDirection(entry)})
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatLeniencyInterval(
                        entry.leniencyLow ?? null,
                        entry.leniencyHigh ?? null,
                      )}
                    </Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={4} ta="right">
                    <Text span size="sm" c="dimmed">
                      Not enough data ({entry.ratings} of {minimumRatings}{' '}
                      ratings needed)
                    </Text>
                  </Table.Td>
                )}
                <Table.Td ta="right">{entry.ratings}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed">
        Leniency is the mean of the interviewer’s rating minus the mean of the
        rest of the panel on the same session. The 95% interval is a Student t
        confidence interval on those per-session differences: when it includes
        0, the interviewer may well rate in line with the panel. Figures are
        shown from {minimumRatings} ratings on.
      </Text>
    </Stack>
  );
}

function LeniencyChart({
  entries,
}: {
  entries: readonly InterviewerCalibration[];
}) {
  const { rows, series } = leniencyChartData(entries);
  const chartHeight = Math.max(
    220,
    rows.length * (series.length * BAR_HEIGHT + 24) + 80,
  );

  return (
    <Box component="figure" m={0}>
      <LazyBarChart
        h={chartHeight}
        data={rows}
        dataKey="interviewer"
        series={series}
        orientation="vertical"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        gridAxis="x"
        xAxisProps={{ domain: leniencyDomain(entries) }}
        yAxisProps={{ width: 140 }}
        valueFormatter={formatLeniency}
        referenceLines={[{ x: 0, color: 'gray.7' }]}
        maxBarWidth={BAR_HEIGHT}
      />
      <Text component="figcaption" size="sm" c="dimmed" mt="xs">
        Bars right of 0: the interviewer rates higher than the rest of the panel
        (lenient). Left of 0: lower (severe). In rating points; only figures
        with enough ratings.
      </Text>
    </Box>
  );
}
