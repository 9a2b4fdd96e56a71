import { Stack } from '@mantine/core';
import { useNavigate } from 'react-router';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { RubricEditor } from '@web/modules/rubrics/components/RubricEditor';
import { RUBRIC_EDITOR_ROLES } from '@web/modules/rubrics/utils/rubricRoles';
import { PageHeader } from '@web/modules/shared/components/PageHeader';

export function NewRubricPage() {
  const navigate = useNavigate();

  return (
    <RoleGate
      roles={RUBRIC_EDITOR_ROLES}
      title="New rubric"
      deniedMessage="Only coordinators manage rubrics"
    >
      <Stack gap="lg">
        <PageHeader
          title="New rubric"
          backLink={{ to: '/rubrics', label: 'All rubrics' }}
        />
        <RubricEditor
          onCreated={(rubric) =>
            void navigate(`/rubrics/${rubric.id}`, { replace: true })
          }
        />
      </Stack>
    </RoleGate>
  );
}
