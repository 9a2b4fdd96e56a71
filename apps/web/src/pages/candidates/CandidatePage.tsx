import {
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useParams } from 'react-router';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { CandidateDetails } from '@web/modules/candidates/components/CandidateDetails';
import { CandidateForm } from '@web/modules/candidates/components/CandidateForm';
import { useCandidate } from '@web/modules/candidates/hooks/useCandidate';
import { CANDIDATE_EDITOR_ROLES } from '@web/modules/candidates/utils/candidateRoles';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export function CandidatePage() {
  const { candidateId = '' } = useParams();
  const { viewer } = useViewer();
  const { candidate, isLoading, error, retry } = useCandidate(candidateId);
  const canEdit = Boolean(
    viewer?.role && CANDIDATE_EDITOR_ROLES.includes(viewer.role),
  );
  const title =
    candidate?.name ?? (error ? 'Candidate not found' : 'Candidate');

  return (
    <Stack gap="lg" maw={960}>
      <PageTitle title={title} />
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Anchor component={Link} to="/candidates" size="sm">
            ← All candidates
          </Anchor>
          <Title order={1} mt={4}>
            {title}
          </Title>
          {candidate ? (
            <Text c="dimmed" mt={4}>
              Added {formatDateTime(candidate.createdAt, viewer?.user.timeZone)}
              {candidate.updatedAt !== candidate.createdAt
                ? ` · last changed ${formatDateTime(candidate.updatedAt, viewer?.user.timeZone)}`
                : ''}
            </Text>
          ) : null}
        </div>
        {candidate && canEdit ? (
          // Coordinators decide from the review: scorecards, disagreements, decisions.
          <Button component={Link} to={`/candidates/${candidate.id}/review`}>
            Review and decide
          </Button>
        ) : null}
      </Group>
      {isLoading ? (
        <Loader size="sm" aria-label="Loading the candidate" />
      ) : null}
      {error ? (
        <ErrorState
          title={
            error.code === 'NOT_FOUND'
              ? 'This candidate does not exist in your team'
              : 'Could not load the candidate'
          }
          message={error.message}
          onRetry={error.code === 'NOT_FOUND' ? undefined : retry}
        />
      ) : null}
      {candidate && canEdit ? (
        <Paper withBorder p="lg">
          <CandidateForm key={candidate.id} candidate={candidate} />
        </Paper>
      ) : null}
      {candidate && !canEdit ? (
        <CandidateDetails candidate={candidate} />
      ) : null}
    </Stack>
  );
}
