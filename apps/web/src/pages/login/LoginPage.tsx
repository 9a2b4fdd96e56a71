import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { LoginForm } from '@web/modules/auth/components/LoginForm';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { AuthLayout } from '@web/modules/layout/components/AuthLayout';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { safeRedirect } from '@web/modules/shared/utils/safeRedirect';

export function LoginPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const next = safeRedirect(searchParams.get('next'));

  if (viewer) {
    return <Navigate to={next} replace />;
  }

  return (
    <AuthLayout
      title="Sign in"
      subtitle="Structured mock interviews for your hiring team"
    >
      <PageTitle title="Sign in" />
      <LoginForm onSignedIn={() => void navigate(next, { replace: true })} />
    </AuthLayout>
  );
}
