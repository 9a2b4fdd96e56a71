import { describe, expect, it } from 'vitest';

import {
  agreementBand,
  formatAlpha,
  missingSessionsText,
} from './agreementBand';

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

  it('should say there is not enough data below the minimum, whatever alpha is', () => {
    expect(agreementBand(0, false)).toBe('insufficient');
    expect(agreementBand(0.95, false)).toBe('insufficient');
  });

  it('should say there is nothing to compare when alpha is undefined on enough data', () => {
    expect(agreementBand(null, true)).toBe('no-variation');
  });
});

describe(formatAlpha.name, () => {
  it('should show two decimals, or a dash when alpha is null', () => {
    expect(formatAlpha(0.71234)).toBe('0.71');
    expect(formatAlpha(-0.05)).toBe('-0.05');
    expect(formatAlpha(null)).toBe('—');
  });
});

describe(missingSessionsText.name, () => {
  it('should name how many shared sessions there are and how many are needed', () => {
    expect(missingSessionsText(3, 10)).toBe('3 of 10 shared sessions needed');
  });
});
