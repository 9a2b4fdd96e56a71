import { Badge, Table, Text } from '@mantine/core';

import {
  AGREEMENT_BAND_COLORS,
  AGREEMENT_BAND_LABELS,
  agreementBand,
  formatAlpha,
} from '@web/modules/analytics/utils/agreementBand';
import type { Calibration } from '@web/modules/analytics/utils/calibrationChart';

import { EmptyNotice } from './EmptyNotice';

export type AgreementSectionProps = {
  agreement: Calibration['agreement'];
};

/** Krippendorff's alpha per competency, with its qualitative band. */
export function AgreementSection({ agreement }: AgreementSectionProps) {
  if (agreement.length === 0) {
    return (
      <EmptyNotice title="No agreement figures yet">
        Agreement is measured on competencies that two or more panelists rated
        for the same session. Submitted scorecards from shared panels in this
        range will show here.
      </EmptyNotice>
    );
  }
  const sorted = [...agreement].sort((a, b) =>
    a.competencyName.localeCompare(b.competencyName),
  );

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table
        striped
        verticalSpacing="xs"
        aria-label="Inter-rater agreement per competency"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Competency</Table.Th>
            <Table.Th scope="col" ta="right">
              Alpha
            </Table.Th>
            <Table.Th scope="col">Agreement</Table.Th>
            <Table.Th scope="col" ta="right">
              Shared sessions
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Pairable ratings
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => {
            const band = agreementBand(row.alpha);

            return (
              <Table.Tr key={row.competencyId} data-testid="agreement-row">
                <Table.Td>{row.competencyName}</Table.Td>
                <Table.Td ta="right">{formatAlpha(row.alpha)}</Table.Td>
                <Table.Td>
                  {band === 'insufficient' ? (
                    <Text size="sm" c="dimmed">
                      {AGREEMENT_BAND_LABELS[band]}
                    </Text>
                  ) : (
                    <Badge color={AGREEMENT_BAND_COLORS[band]} variant="light">
                      {AGREEMENT_BAND_LABELS[band]}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">{row.units}</Table.Td>
                <Table.Td ta="right">{row.pairableRatings}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
