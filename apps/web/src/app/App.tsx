import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';

import { createApolloClient } from './apolloClient';
import { AppProviders } from './AppProviders';
import { createRouter } from './router';

export function App() {
  const [client] = useState(createApolloClient);
  const [router] = useState(createRouter);

  return (
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
