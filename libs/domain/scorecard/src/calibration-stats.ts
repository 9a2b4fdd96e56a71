/**
 * How much data a calibration figure needs before it means anything, and how
 * sure a leniency figure is. Shared by the API (which decides) and the web app
 * (which says what is missing).
 */

/**
 * Agreement (Krippendorff's alpha) per competency needs at least this many
 * sessions where two or more panelists rated that competency. Below it one
 * unusual session moves alpha across a whole band.
 */
export const MIN_AGREEMENT_UNITS = 10;

/**
 * Leniency of one interviewer on one competency needs at least this many of
 * their scorecards rating it on a session where another panelist did too.
 */
export const MIN_LENIENCY_RATINGS = 5;

export type Interval = { low: number; high: number };

// Two-sided 95% quantiles of Student's t for 1..30 degrees of freedom.
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
  2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074,
  2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The 97.5% quantile of Student's t with `degreesOfFreedom`; the normal 1.96 beyond 30, where they differ by < 4%. */
export function tQuantile975(degreesOfFreedom: number): number {
  if (!Number.isInteger(degreesOfFreedom) || degreesOfFreedom < 1) {
    throw new RangeError(
      `degrees of freedom must be a whole number of at least 1, got ${degreesOfFreedom}`,
    );
  }

  return T_975[degreesOfFreedom - 1] ?? 1.96;
}

/**
 * 95% confidence interval of a mean from `count` values with sample standard
 * deviation `sd` (Student's t, count - 1 degrees of freedom). Null with fewer
 * than two values: there is no spread to measure.
 */
export function meanInterval95(
  count: number,
  mean: number,
  sd: number,
): Interval | null {
  if (count < 2 || !Number.isFinite(mean) || !Number.isFinite(sd) || sd < 0) {
    return null;
  }
  const half = (tQuantile975(count - 1) * sd) / Math.sqrt(count);

  return { low: mean - half, high: mean + half };
}

/** Sample standard deviation from the count, sum and sum of squares; 0 when rounding makes the variance slightly negative. */
export function sampleSd(
  count: number,
  sum: number,
  squareSum: number,
): number {
  if (count < 2) {
    return 0;
  }
  const variance = (squareSum - (sum * sum) / count) / (count - 1);

  return variance > 0 ? Math.sqrt(variance) : 0;
}

export type LeniencyFigure = {
  /** Enough ratings to show the figure ({@link MIN_LENIENCY_RATINGS}). */
  isSufficient: boolean;
  /** Mean of (own rating − mean of the rest of the panel on that session). */
  leniency: number;
  /** 95% interval of that mean; null below two ratings. */
  interval: Interval | null;
};

/**
 * One interviewer on one competency: the deviations from the rest of the panel,
 * given as their count, sum and sum of squares.
 */
export function leniencyFigure(
  count: number,
  deviationSum: number,
  deviationSquareSum: number,
): LeniencyFigure {
  const leniency = count > 0 ? deviationSum / count : 0;

  return {
    isSufficient: count >= MIN_LENIENCY_RATINGS,
    leniency,
    interval: meanInterval95(
      count,
      leniency,
      sampleSd(count, deviationSum, deviationSquareSum),
    ),
  };
}

/** Whether alpha over `units` shared sessions is worth showing. */
export function hasEnoughAgreementData(units: number): boolean {
  return units >= MIN_AGREEMENT_UNITS;
}
