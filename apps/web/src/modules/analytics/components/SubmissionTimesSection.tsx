import { Box, Stack, Table, Text } from '@mantine/core';

import {
  type Calibration,
  submissionChartData,
} from '@web/modules/analytics/utils/calibrationChart';
import { LazyBarChart } from '@web/modules/shared/components/LazyBarChart';
import { formatHours } from '@web/modules/shared/utils/formatHours';

import { EmptyNotice } from './EmptyNotice';

export type SubmissionTimesSectionProps = {
  submissionTimes: Calibration['submissionTimes'];
  teamMedianHours: number | null;
  /** Scorecards behind the team median. */
  teamSubmitted: number;
};

/** Median hours from a session's end to each interviewer's submitted scorecard. */
export function SubmissionTimesSection({
  submissionTimes,
  teamMedianHours,
  teamSubmitted,
}: SubmissionTimesSectionProps) {
  if (submissionTimes.length === 0) {
    return (
      <EmptyNotice title="No submitted scorecards">
        Time to submit is measured from a session’s end to the interviewer’s
        submitted scorecard. Sessions in this range have none yet.
      </EmptyNotice>
    );
  }
  const rows = submissionChartData(submissionTimes);

  return (
    <Stack gap="md">
      <Box component="figure" m={0}>
        <LazyBarChart
          h={260}
          data={rows}
          dataKey="interviewer"
          series={[
            {
              name: 'medianHours',
              label: 'Median hours to submit',
              color: 'indigo.6',
            },
          ]}
          valueFormatter={(value) => formatHours(value)}
          maxBarWidth={48}
          referenceLines={
            teamMedianHours === null
              ? []
              : [
                  {
                    y: teamMedianHours,
                    color: 'red.8',
                    label: `Team median ${formatHours(teamMedianHours)}`,
                    labelPosition: 'insideTopRight',
                  },
                ]
          }
        />
        <Text component="figcaption" size="sm" c="dimmed" mt="xs">
          Median hours from the end of a session (when the room was completed,
          else its planned end) to the submitted scorecard, slowest first. A
          scorecard submitted before the end counts as 0.
          {teamMedianHours === null
            ? null
            : ` The line marks the team median (${formatHours(teamMedianHours)}, n = ${teamSubmitted}).`}
        </Text>
      </Box>
      <Table.ScrollContainer minWidth={420}>
        <Table
          striped
          verticalSpacing="xs"
          aria-label="Time to submit per interviewer"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Interviewer</Table.Th>
              <Table.Th scope="col" ta="right">
                Submitted (n)
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Median time to submit
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.interviewerId}>
                <Table.Td>{row.interviewer}</Table.Td>
                <Table.Td ta="right">{row.submitted}</Table.Td>
                <Table.Td ta="right">{formatHours(row.medianHours)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
