import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { GuideImportFlow } from '@web/modules/guide-import/components/GuideImportFlow';
import { rolesForPath } from '@web/modules/layout/utils/navigation';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

export function ImportGuidesPage() {
  return (
    <RoleGate
      roles={rolesForPath('/import-guides')}
      title="Import guides"
      deniedMessage="Only coordinators can import guides"
    >
      <Stack gap="lg" maw={960}>
        <PageTitle title="Import guides" />
        <div>
          <Title order={1}>Import guides</Title>
          <Text c="dimmed" mt={4}>
            Interview guides written in Markdown fill the{' '}
            <Anchor component={Link} to="/questions" inherit underline="always">
              question bank
            </Anchor>
            . You see what will change before anything is stored; importing an
            unchanged file again changes nothing, and a changed one revises its
            questions.
          </Text>
        </div>
        <GuideImportFlow />
      </Stack>
    </RoleGate>
  );
}
