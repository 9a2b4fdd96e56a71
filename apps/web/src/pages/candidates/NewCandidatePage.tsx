import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { CandidateForm } from '@web/modules/candidates/components/CandidateForm';
import { CANDIDATE_EDITOR_ROLES } from '@web/modules/candidates/utils/candidateRoles';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

export function NewCandidatePage() {
  const navigate = useNavigate();

  return (
    <RoleGate
      roles={CANDIDATE_EDITOR_ROLES}
      title="New candidate"
      deniedMessage="Only coordinators add candidates"
    >
      <Stack gap="lg" maw={960}>
        <PageTitle title="New candidate" />
        <div>
          <Anchor component={Link} to="/candidates" size="sm">
            ← All candidates
          </Anchor>
          <Title order={1} mt={4}>
            New candidate
          </Title>
        </div>
        <Paper withBorder p="lg">
          <CandidateForm
            onCreated={(candidate) =>
              void navigate(`/candidates/${candidate.id}`, { replace: true })
            }
          />
        </Paper>
      </Stack>
    </RoleGate>
  );
}
