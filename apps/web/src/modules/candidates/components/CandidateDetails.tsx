import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';

import type { Candidate } from '@web/modules/candidates/hooks/useCandidates';

export type CandidateDetailsProps = { candidate: Candidate };

/** A candidate as interviewers read it. */
export function CandidateDetails({ candidate }: CandidateDetailsProps) {
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label="Email" value={candidate.email} />
          <Field label="Target role" value={candidate.targetRole} />
        </SimpleGrid>
        <Field label="Notes" value={candidate.notes} />
      </Stack>
    </Paper>
  );
}

function Field({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {value?.trim() ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {value}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          None
        </Text>
      )}
    </div>
  );
}
