import { Stack } from '@mantine/core';
import { useRouteError } from 'react-router';

import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

// Chrome, Firefox and Safari word a failed dynamic import differently.
const FAILED_CHUNK = /dynamically imported module|importing a module script/i;

function describeError(error: unknown): string {
  if (!(error instanceof Error)) {
    return 'Something went wrong while opening it.';
  }

  return FAILED_CHUNK.test(error.message)
    ? 'Its code could not be loaded: check your connection, then try again.'
    : error.message;
}

/**
 * A route that failed to render: most often a page whose code could not be
 * fetched (offline, or a deploy replaced its chunk). A lazy page remembers
 * the failure, so trying again loads the app afresh.
 */
export function RouteError() {
  const error = useRouteError();

  return (
    <Stack gap="md" maw={720}>
      <PageTitle title="Page not shown" />
      <ErrorState
        title="This page could not be shown"
        message={describeError(error)}
        onRetry={() => window.location.reload()}
      />
    </Stack>
  );
}
