import { useQuery } from '@apollo/client/react';

import type { KitFieldsFragment } from '@web/generated/graphql';
import { KitQuery } from '@web/modules/kits/graphql/queries/Kit';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type Kit = KitFieldsFragment;

export type UseKitResult = {
  kit: Kit | null;
  isLoading: boolean;
  error: ApiError | null;
  retry: () => void;
};

export function useKit(id: string): UseKitResult {
  const { data, loading, error, refetch } = useQuery(KitQuery, {
    variables: { id },
  });

  return {
    kit: data?.kit ?? null,
    isLoading: loading && !data,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
