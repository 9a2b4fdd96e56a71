import { useState } from 'react';
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
import { Link, useNavigate, useParams } from 'react-router';

import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { DecisionHistory } from '@web/modules/candidate-review/components/DecisionHistory';
import { CandidateDetails } from '@web/modules/candidates/components/CandidateDetails';
import { CandidateForm } from '@web/modules/candidates/components/CandidateForm';
import { CandidateSessionsSection } from '@web/modules/candidates/components/CandidateSessionsSection';
import { DeleteCandidateModal } from '@web/modules/candidates/components/DeleteCandidateModal';
import { useCandidate } from '@web/modules/candidates/hooks/useCandidate';
import { useCandidateRecord } from '@web/modules/candidates/hooks/useCandidateRecord';
import { CANDIDATE_EDITOR_ROLES } from '@web/modules/candidates/utils/candidateRoles';
import { SchedulingLinksSection } from '@web/modules/self-scheduling/components/SchedulingLinksSection';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { useNow } from '@web/modules/shared/hooks/useNow';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';
import { notify } from '@web/modules/shared/utils/notify';

export function CandidatePage() {
  const { candidateId = '' } = useParams();
  const { viewer } = useViewer();
  const timeZone = useProfileTimeZone();
  const { candidate, isLoading, error, retry } = useCandidate(candidateId);
  const record = useCandidateRecord(candidateId);
  const now = useNow();
  const navigate = useNavigate();
  const [isDeleting, setIsDeleting] = useState(false);
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
              Added {formatDateTime(candidate.createdAt, timeZone)}
              {candidate.updatedAt !== candidate.createdAt
                ? ` · last changed ${formatDateTime(candidate.updatedAt, timeZone)}`
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
      {candidate ? (
        <CandidateSessionsSection
          {...record}
          candidateId={candidate.id}
          timeZone={timeZone}
          now={now}
          isCoordinator={canEdit}
        />
      ) : null}
      {candidate && canEdit ? (
        <section aria-labelledby="candidate-decisions-heading">
          <Group justify="space-between" align="flex-end" mb="xs">
            <Title order={2} size="h3" id="candidate-decisions-heading">
              Decision history
            </Title>
            <Anchor
              component={Link}
              to={`/candidates/${candidate.id}/review`}
              size="sm"
            >
              Review scorecards and decide
            </Anchor>
          </Group>
          {record.isLoading || record.error ? null : (
            <DecisionHistory
              decisions={record.decisions}
              timeZone={timeZone}
            />
          )}
        </section>
      ) : null}
      {candidate && canEdit ? (
        <SchedulingLinksSection
          candidateId={candidate.id}
          candidateEmail={candidate.email ?? null}
          timeZone={timeZone}
        />
      ) : null}
      {candidate && canEdit ? (
        <section aria-labelledby="candidate-delete-heading">
          <Title order={2} size="h3" id="candidate-delete-heading" mb="xs">
            Delete on request
          </Title>
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed" maw={620}>
              When a candidate asks to be forgotten: their personal data and
              everything written about them go; anonymous ratings stay.
            </Text>
            <Button
              color="red"
              variant="light"
              onClick={() => setIsDeleting(true)}
            >
              Delete candidate…
            </Button>
          </Group>
          <DeleteCandidateModal
            candidateId={candidate.id}
            candidateName={candidate.name}
            isOpen={isDeleting}
            onClose={() => setIsDeleting(false)}
            onDeleted={() => {
              notify({
                color: 'green',
                title: 'Candidate deleted',
                message: `${candidate.name} was deleted; the reason is in the audit log.`,
              });
              void navigate('/candidates');
            }}
          />
        </section>
      ) : null}
    </Stack>
  );
}
