import { alphaSums, intervalAlpha } from './agreement';

/**
 * The reliability data of Krippendorff (2011), section C: four observers,
 * twelve units, missing values left out. The paper gives alpha_interval = 0.849.
 */
const KRIPPENDORFF_2011_UNITS = [
  [1, 1, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [5, 5, 5],
  [1, 1],
  [3],
];

describe("Krippendorff's alpha (interval)", () => {
  it('should reproduce the textbook value 0.849', () => {
    expect(intervalAlpha(alphaSums(KRIPPENDORFF_2011_UNITS))).toBeCloseTo(0.849, 3);
  });

  it('should be 1 for perfect agreement and below 0 for systematic disagreement', () => {
    expect(intervalAlpha(alphaSums([[1, 1], [3, 3], [4, 4]]))).toBe(1);
    expect(intervalAlpha(alphaSums([[1, 4], [4, 1], [1, 4]]))).toBeLessThan(0);
  });

  it('should be undefined without pairable values or without any variation', () => {
    expect(intervalAlpha(alphaSums([[3], [2]]))).toBeNull();
    expect(intervalAlpha(alphaSums([[2, 2], [2, 2]]))).toBeNull();
  });
});
