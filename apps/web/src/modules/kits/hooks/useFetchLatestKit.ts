import { useApolloClient } from '@apollo/client/react';

import { KitQuery } from '@web/modules/kits/graphql/queries/Kit';
import { toApiError } from '@web/modules/shared/utils/apiError';

import type { Kit } from './useKit';

/** Reads the kit from the server, bypassing the cache: "their" version after a conflict. */
export function useFetchLatestKit(): (id: string) => Promise<Kit> {
  const client = useApolloClient();

  return async (id: string): Promise<Kit> => {
    try {
      const { data } = await client.query({
        query: KitQuery,
        variables: { id },
        fetchPolicy: 'network-only',
      });
      if (!data) {
        throw new Error('kit returned no data');
      }

      return data.kit;
    } catch (error) {
      throw toApiError(error);
    }
  };
}
