import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import {
  type Calibration,
  formatMean,
  formatShare,
} from '@web/modules/analytics/utils/calibrationChart';

import { EmptyNotice } from './EmptyNotice';

export type QuestionUsageTableProps = {
  questionUsage: Calibration['questionUsage'];
};

/** The most asked questions, how they were rated, and how well that predicted decisions. */
export function QuestionUsageTable({ questionUsage }: QuestionUsageTableProps) {
  if (questionUsage.length === 0) {
    return (
      <EmptyNotice title="No questions asked yet">
        Questions appear here once interviewers mark them as asked in the
        interview room. Agreement with the decision also needs question ratings
        and a debrief decision on the candidate.
      </EmptyNotice>
    );
  }

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs" aria-label="Question usage">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Question</Table.Th>
            <Table.Th scope="col" ta="right">
              Times asked
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Ratings
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Mean rating
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Agreement with decision
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {questionUsage.map((question) => (
            <Table.Tr key={question.questionId} data-testid="question-row">
              <Table.Td maw={420}>
                <Anchor
                  component={Link}
                  to={`/questions/${question.questionId}`}
                  size="sm"
                  lineClamp={2}
                >
                  {question.prompt}
                </Anchor>
              </Table.Td>
              <Table.Td ta="right">{question.timesAsked}</Table.Td>
              <Table.Td ta="right">{question.ratings}</Table.Td>
              <Table.Td ta="right">{formatMean(question.meanRating)}</Table.Td>
              <Table.Td ta="right">
                {formatShare(question.agreementWithDecision)}
                <Text size="xs" c="dimmed">
                  {question.decidedRatings === 0
                    ? 'no decided candidates'
                    : `of ${question.decidedRatings} decided`}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
