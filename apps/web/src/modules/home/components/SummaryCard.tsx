import type { ReactNode } from 'react';
import { Paper, Text } from '@mantine/core';

export type SummaryCardProps = {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
};

export function SummaryCard({ label, value, detail }: SummaryCardProps) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={label}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <Text
        size="xl"
        fw={600}
        mt={4}
        data-testid={`summary-${label.toLowerCase().replace(/\s+/g, '-')}`}
      >
        {value}
      </Text>
      {detail ? (
        <Text size="sm" c="dimmed" mt={4}>
          {detail}
        </Text>
      ) : null}
    </Paper>
  );
}
