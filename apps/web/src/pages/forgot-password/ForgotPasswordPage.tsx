import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';

import { ForgotPasswordForm } from '@web/modules/account-recovery/components/ForgotPasswordForm';
import { AuthLayout } from '@web/modules/layout/components/AuthLayout';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

export function ForgotPasswordPage() {
  return (
    <AuthLayout
      title="Forgot your password?"
      subtitle="Enter the email you sign in with and we will send you a link to choose a new one."
    >
      <PageTitle title="Forgot password" />
      <ForgotPasswordForm />
      <Group justify="center">
        <Anchor component={Link} to="/login" size="sm">
          Back to sign in
        </Anchor>
      </Group>
    </AuthLayout>
  );
}
