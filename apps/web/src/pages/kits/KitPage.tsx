import { Stack } from '@mantine/core';
import { useParams } from 'react-router';

import { useProfileTimeZone } from '@web/modules/auth/hooks/useProfileTimeZone';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { KitDetails } from '@web/modules/kits/components/KitDetails';
import { KitEditor } from '@web/modules/kits/components/KitEditor';
import { useKit } from '@web/modules/kits/hooks/useKit';
import { KIT_EDITOR_ROLES } from '@web/modules/kits/utils/kitRoles';
import { LoadState } from '@web/modules/shared/components/LoadState';
import { PageHeader } from '@web/modules/shared/components/PageHeader';
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
      <PageHeader
        title={title}
        backLink={{ to: '/kits', label: 'All interview kits' }}
        description={
          kit ? (
            <>
              {kit.targetRole} · version {kit.version}, saved{' '}
              {formatDateTime(kit.updatedAt, timeZone)}
            </>
          ) : null
        }
      />
      <LoadState
        isLoading={isLoading}
        loadingLabel="Loading the kit"
        error={error}
        errorTitle="Could not load the kit"
        notFoundTitle="This kit does not exist in your team"
        onRetry={retry}
      >
        {kit && canEdit ? <KitEditor key={kit.id} kit={kit} /> : null}
        {kit && !canEdit ? <KitDetails kit={kit} /> : null}
      </LoadState>
    </Stack>
  );
}
