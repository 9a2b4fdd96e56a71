import { Navigate, useNavigate } from 'react-router';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { AuthLayout } from '@web/modules/layout/components/AuthLayout';
import { SetupForm } from '@web/modules/onboarding/components/SetupForm';
import { useNeedsSetup } from '@web/modules/onboarding/hooks/useNeedsSetup';
import { FullPageLoader } from '@web/modules/shared/components/FullPageLoader';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

/** First run: creates the first team and its coordinator. Gone once anyone has an account. */
export function SetupPage() {
  const navigate = useNavigate();
  const needsSetup = useNeedsSetup();
  const { viewer } = useViewer();

  if (needsSetup === null) {
    return <FullPageLoader label="Checking this Panelwise instance" />;
  }
  if (!needsSetup) {
    return <Navigate to={viewer ? '/' : '/login'} replace />;
  }

  return (
    <AuthLayout
      title="Set up Panelwise"
      subtitle="Create your team and its first coordinator account. Invite everyone else from the Team page afterwards."
    >
      <PageTitle title="Set up Panelwise" />
      <SetupForm
        onCompleted={() => void navigate('/', { replace: true })}
        onAlreadySetUp={() => void navigate('/login', { replace: true })}
      />
    </AuthLayout>
  );
}
