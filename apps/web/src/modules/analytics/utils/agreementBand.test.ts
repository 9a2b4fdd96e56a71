import { describe, expect, it } from 'vitest';

import { agreementBand, formatAlpha } from './agreementBand';

describe(agreementBand.name, () => {
  it.each([
    [1, 'good'],
    [0.8, 'good'],
    [0.7999, 'tentative'],
    [0.667, 'tentative'],
    [0.6669, 'low'],
    [0, 'low'],
    [-0.4, 'low'],
  ] as const)('should band alpha %s as %s', (alpha, band) => {
    expect(agreementBand(alpha)).toBe(band);
  });

  it('should say there is not enough data when alpha is null', () => {
    expect(agreementBand(null)).toBe('insufficient');
  });
});

describe(formatAlpha.name, () => {
  it('should show two decimals, or a dash when alpha is null', () => {
    expect(formatAlpha(0.71234)).toBe('0.71');
    expect(formatAlpha(-0.05)).toBe('-0.05');
    expect(formatAlpha(null)).toBe('—');
  });
});
