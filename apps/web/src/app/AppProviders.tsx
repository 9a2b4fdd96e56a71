import type { ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';

import { cssVariablesResolver, theme } from './theme';

export type AppProvidersProps = {
  client: ApolloClient;
  children: ReactNode;
};

export function AppProviders({ client, children }: AppProvidersProps) {
  return (
    <ApolloProvider client={client}>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
      >
        <Notifications position="bottom-right" />
        {children}
      </MantineProvider>
    </ApolloProvider>
  );
}
