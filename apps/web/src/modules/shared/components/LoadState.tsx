import type { ReactNode } from 'react';
import { Loader } from '@mantine/core';

import type { ApiError } from '@web/modules/shared/utils/apiError';

import { ErrorState } from './ErrorState';

export type LoadStateProps = {
  isLoading: boolean;
  /** Names the spinner: "Loading kits". */
  loadingLabel: string;
  error: ApiError | null;
  /** The failed load's title: "Could not load the kits". */
  errorTitle: string;
  /** The title when the record is not there (NOT_FOUND); trying again is then not offered. */
  notFoundTitle?: string;
  onRetry?: () => void;
  /** Loaded, and nothing to show: `empty` shows instead of the content. */
  isEmpty?: boolean;
  empty?: ReactNode;
  /** Shown once loaded without an error. */
  children: ReactNode;
};

/** What a page shows while its data loads, when loading failed, when there is none, and then. */
export function LoadState({
  isLoading,
  loadingLabel,
  error,
  errorTitle,
  notFoundTitle,
  onRetry,
  isEmpty = false,
  empty = null,
  children,
}: LoadStateProps) {
  const isMissing = notFoundTitle !== undefined && error?.code === 'NOT_FOUND';
  const isLoaded = !isLoading && !error;

  return (
    <>
      {isLoading ? <Loader size="sm" aria-label={loadingLabel} /> : null}
      {error ? (
        <ErrorState
          title={isMissing ? notFoundTitle : errorTitle}
          message={error.message}
          onRetry={isMissing ? undefined : onRetry}
        />
      ) : null}
      {isLoaded && isEmpty ? empty : null}
      {isLoaded && !isEmpty ? children : null}
    </>
  );
}
