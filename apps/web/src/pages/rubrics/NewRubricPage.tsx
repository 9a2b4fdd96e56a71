import { Anchor, Stack, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { RubricEditor } from '@web/modules/rubrics/components/RubricEditor';
import { RUBRIC_EDITOR_ROLES } from '@web/modules/rubrics/utils/rubricRoles';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

export function NewRubricPage() {
  const navigate = useNavigate();

  return (
    <RoleGate
      roles={RUBRIC_EDITOR_ROLES}
      title="New rubric"
      deniedMessage="Only coordinators manage rubrics"
    >
      <Stack gap="lg">
        <PageTitle title="New rubric" />
        <div>
          <Anchor component={Link} to="/rubrics" size="sm">
            ← All rubrics
          </Anchor>
          <Title order={1} mt={4}>
            New rubric
          </Title>
        </div>
        <RubricEditor
          onCreated={(rubric) =>
            void navigate(`/rubrics/${rubric.id}`, { replace: true })
          }
        />
      </Stack>
    </RoleGate>
  );
}
