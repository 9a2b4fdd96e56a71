import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';

import { ResetPasswordForm } from '@web/modules/account-recovery/components/ResetPasswordForm';
import { usePasswordResetPreview } from '@web/modules/account-recovery/hooks/usePasswordResetPreview';
import { AuthLayout } from '@web/modules/layout/components/AuthLayout';
import { FullPageLoader } from '@web/modules/shared/components/FullPageLoader';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

/** Opened from an emailed reset link, or a sign-in link printed by the admin CLI. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { preview, isLoading, error } = usePasswordResetPreview(token);

  if (isLoading) {
    return <FullPageLoader label="Opening your link" />;
  }
  if (error || !preview) {
    return (
      <AuthLayout title="Choose a new password">
        <PageTitle title="Reset password" />
        <Alert color="red" title="This link cannot be used" role="alert">
          <Stack gap="xs">
            <Text size="sm">
              {error?.message ?? 'The link could not be opened.'}
            </Text>
            <Text size="sm">
              <Anchor component={Link} to="/forgot-password" size="sm">
                Ask for a new link
              </Anchor>{' '}
              or{' '}
              <Anchor component={Link} to="/login" size="sm">
                sign in
              </Anchor>
              .
            </Text>
          </Stack>
        </Alert>
      </AuthLayout>
    );
  }
  const isSignInLink = preview.purpose === 'SIGN_IN_LINK';

  return (
    <AuthLayout
      title={isSignInLink ? 'Choose your password' : 'Choose a new password'}
      subtitle={
        <>
          For <strong>{preview.email}</strong>.{' '}
          {isSignInLink
            ? 'Your account was created for you; choose the password you will sign in with.'
            : 'Every other signed-in session of this account is signed out.'}
        </>
      }
    >
      <PageTitle title="Reset password" />
      <ResetPasswordForm
        token={token}
        preview={preview}
        onReset={() => void navigate('/', { replace: true })}
      />
    </AuthLayout>
  );
}
