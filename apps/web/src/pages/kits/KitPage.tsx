import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { KitDetails } from '@web/modules/kits/components/KitDetails';
import { KitEditor } from '@web/modules/kits/components/KitEditor';
import { useKit } from '@web/modules/kits/hooks/useKit';
import { KIT_EDITOR_ROLES } from '@web/modules/kits/utils/kitRoles';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export function KitPage() {
  const { kitId = '' } = useParams();
  const { viewer } = useViewer();
  const timeZone = useProfileTimeZone();
  const { kit, isLoading, error, retry } = useKit(kitId);
  const canEdit = Boolean(
    viewer?.role && KIT_EDITOR_ROLES.includes(viewer.role),
  );
  const title = kit?.name ?? (error ? 'Kit not found' : 'Interview kit');

  return (
    <Stack gap="lg">
      <PageTitle title={title} />
      <div>
        <Anchor component={Link} to="/kits" size="sm">
          ← All interview kits
        </Anchor>
        <Title order={1} mt={4}>
          {title}
        </Title>
        {kit ? (
          <Text c="dimmed" mt={4}>
            {kit.targetRole} · version {kit.version}, saved{' '}
            {formatDateTime(kit.updatedAt, timeZone)}
          </Text>
        ) : null}
      </div>
      {isLoading ? <Loader size="sm" aria-label="Loading the kit" /> : null}
      {error ? (
        <ErrorState
          title={
            error.code === 'NOT_FOUND'
              ? 'This kit does not exist in your team'
              : 'Could not load the kit'
          }
          message={error.message}
          onRetry={error.code === 'NOT_FOUND' ? undefined : retry}
        />
      ) : null}
      {kit && canEdit ? <KitEditor key={kit.id} kit={kit} /> : null}
      {kit && !canEdit ? <KitDetails kit={kit} /> : null}
    </Stack>
  );
}
