import {
  hasEnoughAgreementData,
  leniencyFigure,
  meanInterval95,
  MIN_AGREEMENT_UNITS,
  MIN_LENIENCY_RATINGS,
  sampleSd,
  tQuantile975,
} from './calibration-stats';

function moments(values: number[]): [number, number, number] {
  return [
    values.length,
    values.reduce((a, b) => a + b, 0),
    values.reduce((a, b) => a + b * b, 0),
  ];
}

describe('calibration statistics', () => {
  describe(leniencyFigure.name, () => {
    it('should be insufficient below the minimum number of ratings and sufficient at it', () => {
      const below = Array.from({ length: MIN_LENIENCY_RATINGS - 1 }, () => 1);
      const at = Array.from({ length: MIN_LENIENCY_RATINGS }, () => 1);

      expect(leniencyFigure(...moments(below)).isSufficient).toBe(false);
      expect(leniencyFigure(...moments(at)).isSufficient).toBe(true);
    });

    it('should give the mean deviation and a Student t 95% interval around it', () => {
      // Deviations 0.5, 1, 1.5, 0, 1: mean 0.8, sd 0.570, t(4) = 2.776.
      const figure = leniencyFigure(...moments([0.5, 1, 1.5, 0, 1]));

      expect(figure.leniency).toBeCloseTo(0.8, 10);
      const half = (2.776 * Math.sqrt(0.325)) / Math.sqrt(5);
      expect(figure.interval?.low).toBeCloseTo(0.8 - half, 10);
      expect(figure.interval?.high).toBeCloseTo(0.8 + half, 10);
    });

    it('should have no interval with a single rating and a zero-width one when all deviations agree', () => {
      expect(leniencyFigure(...moments([1])).interval).toBeNull();
      expect(leniencyFigure(...moments([0.5, 0.5, 0.5]))).toEqual({
        isSufficient: false,
        leniency: 0.5,
        interval: { low: 0.5, high: 0.5 },
      });
    });

    it('should narrow as ratings accumulate when the spread stays the same', () => {
      const few = leniencyFigure(...moments([0, 1, 0, 1, 0, 1]));
      const many = leniencyFigure(
        ...moments(Array.from({ length: 60 }, (_, i) => i % 2)),
      );
      const width = (f: typeof few) =>
        f.interval ? f.interval.high - f.interval.low : Infinity;

      expect(width(many)).toBeLessThan(width(few) / 3);
    });
  });

  describe(meanInterval95.name, () => {
    it('should use the normal quantile beyond 30 degrees of freedom', () => {
      expect(tQuantile975(30)).toBe(2.042);
      expect(tQuantile975(31)).toBe(1.96);
      expect(meanInterval95(100, 0, 1)?.low).toBeCloseTo(-0.196, 10);
      expect(meanInterval95(100, 0, 1)?.high).toBeCloseTo(0.196, 10);
    });

    it('should refuse what is not a sample', () => {
      expect(meanInterval95(1, 0, 0)).toBeNull();
      expect(meanInterval95(5, Number.NaN, 1)).toBeNull();
      expect(() => tQuantile975(0)).toThrow(RangeError);
    });
  });

  describe(sampleSd.name, () => {
    it('should match the textbook formula and never go negative through rounding', () => {
      expect(sampleSd(...moments([2, 4, 4, 4, 5, 5, 7, 9]))).toBeCloseTo(
        2.138,
        3,
      );
      expect(sampleSd(3, 0.3, 0.03 - 1e-18)).toBe(0);
    });
  });

  describe(hasEnoughAgreementData.name, () => {
    it('should need the minimum number of shared sessions', () => {
      expect(hasEnoughAgreementData(MIN_AGREEMENT_UNITS - 1)).toBe(false);
      expect(hasEnoughAgreementData(MIN_AGREEMENT_UNITS)).toBe(true);
    });
  });
});
