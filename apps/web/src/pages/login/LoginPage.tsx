import { Anchor, Group } from '@mantine/core';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';

import { LoginForm } from '@web/modules/auth/components/LoginForm';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { AuthLayout } from '@web/modules/layout/components/AuthLayout';
import { useNeedsSetup } from '@web/modules/onboarding/hooks/useNeedsSetup';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { safeRedirect } from '@web/modules/shared/utils/safeRedirect';

export function LoginPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const needsSetup = useNeedsSetup();
  const next = safeRedirect(searchParams.get('next'));

  if (viewer) {
    return <Navigate to={next} replace />;
  }
  if (needsSetup) {
    return <Navigate to="/setup" replace />;
  }

  return (
    <AuthLayout
      title="Sign in"
      subtitle="Structured mock interviews for your hiring team"
    >
      <PageTitle title="Sign in" />
      <LoginForm onSignedIn={() => void navigate(next, { replace: true })} />
      <Group justify="center">
        <Anchor component={Link} to="/forgot-password" size="sm">
          Forgot password?
        </Anchor>
      </Group>
    </AuthLayout>
  );
}
