import { Stack } from '@mantine/core';
import { useNavigate } from 'react-router';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { KitEditor } from '@web/modules/kits/components/KitEditor';
import { KIT_EDITOR_ROLES } from '@web/modules/kits/utils/kitRoles';
import { PageHeader } from '@web/modules/shared/components/PageHeader';

export function NewKitPage() {
  const navigate = useNavigate();

  return (
    <RoleGate
      roles={KIT_EDITOR_ROLES}
      title="New interview kit"
      deniedMessage="Only coordinators can create interview kits"
    >
      <Stack gap="lg">
        <PageHeader
          title="New interview kit"
          backLink={{ to: '/kits', label: 'All interview kits' }}
          description="Name the kit, pick its rubric, then add questions from the bank in the order to ask them."
        />
        <KitEditor
          onCreated={(kit) =>
            void navigate(`/kits/${kit.id}`, { replace: true })
          }
        />
      </Stack>
    </RoleGate>
  );
}
