import { Suspense, useState } from 'react';
import { RouterProvider } from 'react-router/dom';

import { DelayedFallback } from '@web/modules/shared/components/DelayedFallback';
import { FullPageLoader } from '@web/modules/shared/components/FullPageLoader';

import { createApolloClient } from './apolloClient';
import { AppProviders } from './AppProviders';
import { createRouter } from './router';

export function App() {
  const [client] = useState(createApolloClient);
  const [router] = useState(createRouter);

  return (
    <AppProviders client={client}>
      {/* Pages outside the shell (sign-in, invitations) load lazily too. */}
      <Suspense
        fallback={
          <DelayedFallback>
            <FullPageLoader label="Loading Panelwise" />
          </DelayedFallback>
        }
      >
        <RouterProvider router={router} />
      </Suspense>
    </AppProviders>
  );
}
