import type { ReactNode } from 'react';
import { Container } from '@mantine/core';
import { Navigate, useLocation } from 'react-router';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { FullPageLoader } from '@web/modules/shared/components/FullPageLoader';

export type RequireAuthProps = { children: ReactNode };

/** Renders its children for a signed-in user; sends everyone else to /login and back. */
export function RequireAuth({ children }: RequireAuthProps) {
  const { viewer, isUnauthenticated, error, retry } = useViewer();
  const location = useLocation();

  if (isUnauthenticated) {
    const next = `${location.pathname}${location.search}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;

    return <Navigate to={`/login${search}`} replace />;
  }
  if (viewer) {
    return children;
  }
  if (error) {
    return (
      <Container size="sm" py="xl">
        <ErrorState
          title="Panelwise could not load your account"
          message={error.message}
          onRetry={retry}
        />
      </Container>
    );
  }

  return <FullPageLoader label="Loading your account" />;
}
