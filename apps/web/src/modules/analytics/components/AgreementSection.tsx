import { Badge, Stack, Table, Text } from '@mantine/core';

import {
  AGREEMENT_BAND_COLORS,
  AGREEMENT_BAND_LABELS,
  agreementBand,
  formatAlpha,
  missingSessionsText,
} from '@web/modules/analytics/utils/agreementBand';
import type { Calibration } from '@web/modules/analytics/utils/calibrationChart';

import { EmptyNotice } from './EmptyNotice';

export type AgreementSectionProps = {
  agreement: Calibration['agreement'];
  /** Shared sessions a competency needs before its alpha is shown. */
  minimumUnits: number;
};

/** Krippendorff's alpha per competency, with its qualitative band, or what is missing. */
export function AgreementSection({
  agreement,
  minimumUnits,
}: AgreementSectionProps) {
  if (agreement.length === 0) {
    return (
      <EmptyNotice title="No agreement figures yet">
        Agreement is measured on competencies that two or more panelists rated
        for the same session, once there are at least {minimumUnits} such
        sessions. Submitted scorecards from shared panels in this range will
        show here.
      </EmptyNotice>
    );
  }
  const sorted = [...agreement].sort((a, b) =>
    a.competencyName.localeCompare(b.competencyName),
  );

  return (
    <Stack gap="xs">
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
                Shared sessions (n)
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Pairable ratings
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((row) => {
              const band = agreementBand(row.alpha, row.hasEnoughData);

              return (
                <Table.Tr key={row.competencyId} data-testid="agreement-row">
                  <Table.Td>{row.competencyName}</Table.Td>
                  <Table.Td ta="right">
                    {band === 'insufficient' ? '—' : formatAlpha(row.alpha)}
                  </Table.Td>
                  <Table.Td>
                    {band === 'insufficient' || band === 'no-variation' ? (
                      <Text size="sm" c="dimmed">
                        {AGREEMENT_BAND_LABELS[band]}
                        {band === 'insufficient'
                          ? ` (${missingSessionsText(row.units, minimumUnits)})`
                          : null}
                      </Text>
                    ) : (
                      <Badge
                        color={AGREEMENT_BAND_COLORS[band]}
                        variant="light"
                      >
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
      <Text size="sm" c="dimmed">
        Alpha is shown from {minimumUnits} shared sessions on: with fewer, one
        unusual session can move it across a whole band.
      </Text>
    </Stack>
  );
}
