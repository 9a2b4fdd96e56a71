import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { KitEditor } from '@web/modules/kits/components/KitEditor';
import { KIT_EDITOR_ROLES } from '@web/modules/kits/utils/kitRoles';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

export function NewKitPage() {
  const navigate = useNavigate();

  return (
    <RoleGate
      roles={KIT_EDITOR_ROLES}
      title="New interview kit"
      deniedMessage="Only coordinators can create interview kits"
    >
      <Stack gap="lg">
        <PageTitle title="New interview kit" />
        <div>
          <Anchor component={Link} to="/kits" size="sm">
            ← All interview kits
          </Anchor>
          <Title order={1} mt={4}>
            New interview kit
          </Title>
          <Text c="dimmed" mt={4}>
            Name the kit, pick its rubric, then add questions from the bank in
            the order to ask them.
          </Text>
        </div>
        <KitEditor
          onCreated={(kit) =>
            void navigate(`/kits/${kit.id}`, { replace: true })
          }
        />
      </Stack>
    </RoleGate>
  );
}
