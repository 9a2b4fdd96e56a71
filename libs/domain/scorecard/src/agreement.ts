/**
 * Krippendorff's alpha for interval data, from sufficient statistics so the
 * sums can be computed in SQL (Krippendorff, K. (2011). Computing
 * Krippendorff's Alpha-Reliability. Annenberg School for Communication,
 * University of Pennsylvania):
 *
 *   alpha = 1 - D_o / D_e
 *   D_o = (1 / n) * sum over units u of S_u / (m_u - 1)
 *   D_e = S / (n (n - 1))
 *
 * where only pairable values count (units rated by at least two raters), n is
 * their number, m_u the number of values in unit u, and for a set of m values
 * the sum of squared differences over ordered pairs is
 * S = sum_{i != j} (v_i - v_j)^2 = 2 (m * sum v^2 - (sum v)^2).
 */
export type AlphaSums = {
  /** Pairable values: ratings in units that have at least two. */
  pairableValues: number;
  /** Sum over units of S_u / (m_u - 1). */
  withinUnitDisagreement: number;
  /** Sum and sum of squares of all pairable values. */
  valueSum: number;
  valueSquareSum: number;
};

/** Sum of squared differences over all ordered pairs of a set, from its moments. */
export function pairwiseSquaredDifferences(count: number, sum: number, squareSum: number): number {
  return 2 * (count * squareSum - sum * sum);
}

/** Null when alpha is undefined: fewer than two pairable values, or no variation at all. */
export function intervalAlpha(sums: AlphaSums): number | null {
  const n = sums.pairableValues;
  if (n < 2) {
    return null;
  }
  const expected = pairwiseSquaredDifferences(n, sums.valueSum, sums.valueSquareSum) / (n * (n - 1));
  if (expected === 0) {
    return null;
  }
  const observed = sums.withinUnitDisagreement / n;

  return 1 - observed / expected;
}

/** The sufficient statistics of a reliability matrix given as units of values (missing ones left out). */
export function alphaSums(units: readonly (readonly number[])[]): AlphaSums {
  const pairable = units.filter((values) => values.length >= 2);
  const all = pairable.flat();

  return {
    pairableValues: all.length,
    withinUnitDisagreement: pairable.reduce((total, values) => {
      const sum = values.reduce((a, b) => a + b, 0);
      const squares = values.reduce((a, b) => a + b * b, 0);

      return total + pairwiseSquaredDifferences(values.length, sum, squares) / (values.length - 1);
    }, 0),
    valueSum: all.reduce((a, b) => a + b, 0),
    valueSquareSum: all.reduce((a, b) => a + b * b, 0),
  };
}
