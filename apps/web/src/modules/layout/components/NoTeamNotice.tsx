import { Alert, Stack, Title } from '@mantine/core';

import { PageTitle } from '@web/modules/shared/components/PageTitle';

/** Shown to a signed-in user without an active membership (e.g. deactivated everywhere). */
export function NoTeamNotice() {
  return (
    <Stack gap="md" maw={720}>
      <PageTitle title="No team" />
      <Title order={1}>No team yet</Title>
      <Alert color="yellow" title="You are not an active member of any team">
        Ask a coordinator of your team to send you a new invite link.
      </Alert>
    </Stack>
  );
}
