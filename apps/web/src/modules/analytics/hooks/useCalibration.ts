import { skipToken, useQuery } from '@apollo/client/react';

import type { AnalyticsFilterInput } from '@web/generated/graphql';
import { CalibrationQuery } from '@web/modules/analytics/graphql/queries/Calibration';
import type { Calibration } from '@web/modules/analytics/utils/calibrationChart';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';

export type UseCalibrationResult = {
  calibration: Calibration | null;
  /** First load, nothing to show yet. */
  isLoading: boolean;
  /** New filters are loading; the previous figures are still shown. */
  isRefreshing: boolean;
  error: ApiError | null;
  retry: () => void;
};

/** Calibration figures for the filter; nothing is asked while it is null. */
export function useCalibration(
  filter: AnalyticsFilterInput | null,
): UseCalibrationResult {
  const { data, previousData, loading, error, refetch } = useQuery(
    CalibrationQuery,
    filter
      ? { variables: { filter }, fetchPolicy: 'cache-and-network' }
      : skipToken,
  );
  const shown = data ?? (loading ? previousData : undefined);

  return {
    calibration: shown?.calibration ?? null,
    isLoading: loading && !shown,
    isRefreshing: loading && !data && !!shown,
    error: error ? toApiError(error) : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
