import { Anchor, Alert, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { AcceptInviteForm } from '@web/modules/invites/components/AcceptInviteForm';
import { useInvitePreview } from '@web/modules/invites/hooks/useInvitePreview';
import { AuthLayout } from '@web/modules/layout/components/AuthLayout';
import { FullPageLoader } from '@web/modules/shared/components/FullPageLoader';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import type { ApiError } from '@web/modules/shared/utils/apiError';
import { ROLE_LABELS } from '@web/modules/shared/utils/roleLabel';

function unusableInviteTitle(error: ApiError): string {
  switch (error.code) {
    case 'NOT_FOUND':
      return 'Invite link not found';
    case 'CONFLICT':
      return 'Invite already used';
    case 'BAD_USER_INPUT':
      // The API answers revoked and expired invites with BAD_USER_INPUT.
      return 'Invite no longer valid';
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'RATE_LIMITED':
    case 'DATABASE_UNAVAILABLE':
    case 'INTERNAL_SERVER_ERROR':
    case 'NETWORK_ERROR':
      return 'Could not open the invite';
  }
}

export function InvitePage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { preview, isLoading, error } = useInvitePreview(token);
  const { viewer } = useViewer();

  if (isLoading) {
    return <FullPageLoader label="Opening your invite" />;
  }
  if (error || !preview) {
    const title = error
      ? unusableInviteTitle(error)
      : 'Could not open the invite';

    return (
      <AuthLayout title="Join a team">
        <PageTitle title="Invite" />
        <Alert color="red" title={title} role="alert">
          <Stack gap="xs">
            <Text size="sm">
              {error?.message ?? 'The invite could not be loaded.'}
            </Text>
            {viewer ? (
              <Text size="sm">
                You are signed in as {viewer.user.email}.{' '}
                <Anchor component={Link} to="/" size="sm">
                  Go to Panelwise
                </Anchor>
              </Text>
            ) : (
              <Text size="sm">
                Ask the coordinator who invited you for a new link, or{' '}
                <Anchor component={Link} to="/login" size="sm">
                  sign in
                </Anchor>{' '}
                if you already joined.
              </Text>
            )}
          </Stack>
        </Alert>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title={`Join ${preview.teamName}`}
      subtitle={
        <>
          You are invited as{' '}
          <strong>{ROLE_LABELS[preview.role].toLowerCase()}</strong> with{' '}
          <strong>{preview.email}</strong>.
        </>
      }
    >
      <PageTitle title={`Join ${preview.teamName}`} />
      <AcceptInviteForm
        token={token}
        preview={preview}
        onAccepted={() => void navigate('/', { replace: true })}
      />
    </AuthLayout>
  );
}
