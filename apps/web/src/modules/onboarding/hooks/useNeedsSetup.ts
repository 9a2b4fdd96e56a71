import { useQuery } from '@apollo/client/react';

import { SetupStatusQuery } from '@web/modules/onboarding/graphql/queries/SetupStatus';

/** Whether the instance still has no user (first run); null until known. */
export function useNeedsSetup(): boolean | null {
  const { data } = useQuery(SetupStatusQuery, { fetchPolicy: 'network-only' });

  return data ? data.setupStatus.needsSetup : null;
}
