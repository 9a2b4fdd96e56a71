import { Alert, Box, Stack, Table, Text } from '@mantine/core';

import { LazyBarChart } from '@web/modules/shared/components/LazyBarChart';
import { formatHours } from '@web/modules/shared/utils/formatHours';
import {
  formatAge,
  type InterviewerTimeliness,
  timelinessChartData,
} from '@web/modules/timeliness/utils/timeliness';

export type InterviewerTimelinessSectionProps = {
  interviewers: readonly InterviewerTimeliness[];
  teamMedianHours: number | null;
};

/** Scorecards owed per interviewer (due and overdue), and how fast each submits. */
export function InterviewerTimelinessSection({
  interviewers,
  teamMedianHours,
}: InterviewerTimelinessSectionProps) {
  const chartRows = timelinessChartData(interviewers);
  const sorted = [...interviewers].sort(
    (a, b) =>
      b.overdue - a.overdue ||
      b.due - a.due ||
      a.interviewer.name.localeCompare(b.interviewer.name),
  );

  return (
    <Stack gap="md">
      {chartRows.length > 0 ? (
        <Box component="figure" m={0}>
          <LazyBarChart
            h={Math.max(160, chartRows.length * 36 + 80)}
            data={chartRows}
            dataKey="interviewer"
            type="stacked"
            orientation="vertical"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            gridAxis="x"
            yAxisProps={{ width: 140 }}
            xAxisProps={{ allowDecimals: false }}
            maxBarWidth={24}
            series={[
              { name: 'overdue', label: 'Overdue', color: 'red.7' },
              { name: 'due', label: 'Due, not overdue yet', color: 'blue.6' },
            ]}
          />
          <Text component="figcaption" size="sm" c="dimmed" mt="xs">
            Scorecards owed per interviewer, most overdue first.
          </Text>
        </Box>
      ) : (
        <Alert color="green" title="Nobody owes a scorecard" role="status">
          Every panelist has submitted feedback for the sessions that ended.
        </Alert>
      )}
      {sorted.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table
            striped
            verticalSpacing="xs"
            aria-label="Feedback timeliness per interviewer"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Interviewer</Table.Th>
                <Table.Th scope="col" ta="right">
                  Due
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Overdue
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Oldest owed
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Submitted (90 days)
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Median time to submit
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((row) => (
                <Table.Tr key={row.interviewer.id}>
                  <Table.Td>{row.interviewer.name}</Table.Td>
                  <Table.Td ta="right">{row.due}</Table.Td>
                  <Table.Td ta="right">
                    {row.overdue > 0 ? (
                      <Text span size="sm" fw={600} c="red.9">
                        {row.overdue}
                      </Text>
                    ) : (
                      0
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {row.oldestOutstandingHours === null
                      ? '—'
                      : formatAge(row.oldestOutstandingHours)}
                  </Table.Td>
                  <Table.Td ta="right">{row.submitted}</Table.Td>
                  <Table.Td ta="right">{formatHours(row.medianHours)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Text size="sm" c="dimmed">
        Team median time to submit over the last 90 days:{' '}
        {teamMedianHours === null
          ? 'no scorecards submitted yet'
          : formatHours(teamMedianHours)}
        .
      </Text>
    </Stack>
  );
}
