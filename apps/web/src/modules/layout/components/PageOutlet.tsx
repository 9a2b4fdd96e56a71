import { Suspense } from 'react';
import { Loader } from '@mantine/core';
import { Outlet } from 'react-router';

import { DelayedFallback } from '@web/modules/shared/components/DelayedFallback';

/**
 * The routed page, whose code loads lazily. The boundary stays mounted across
 * navigations, and the router navigates in a transition: the current page
 * stays until the next one's code has arrived. Only a first load waits here,
 * with the small loader pages show while their data loads.
 */
export function PageOutlet() {
  return (
    <Suspense
      fallback={
        <DelayedFallback>
          <Loader size="sm" aria-label="Loading the page" />
        </DelayedFallback>
      }
    >
      <Outlet />
    </Suspense>
  );
}
