/** Krippendorff's conventional cut-offs for alpha. */
export const GOOD_ALPHA = 0.8;
export const TENTATIVE_ALPHA = 0.667;

export type AgreementBand =
  'good' | 'tentative' | 'low' | 'insufficient' | 'no-variation';

/**
 * Too few shared sessions: not enough data, whatever alpha came out. Enough,
 * but alpha undefined: everyone gave the same rating, nothing to compare.
 */
export function agreementBand(
  alpha: number | null,
  hasEnoughData = true,
): AgreementBand {
  if (!hasEnoughData) {
    return 'insufficient';
  }
  if (alpha === null || !Number.isFinite(alpha)) {
    return 'no-variation';
  }
  if (alpha >= GOOD_ALPHA) {
    return 'good';
  }
  if (alpha >= TENTATIVE_ALPHA) {
    return 'tentative';
  }

  return 'low';
}

export const AGREEMENT_BAND_LABELS: Record<AgreementBand, string> = {
  good: 'Good',
  tentative: 'Tentative',
  low: 'Low',
  insufficient: 'Not enough data',
  'no-variation': 'No variation to compare',
};

export const AGREEMENT_BAND_COLORS: Record<AgreementBand, string> = {
  good: 'green',
  tentative: 'yellow',
  low: 'red',
  insufficient: 'gray',
  'no-variation': 'gray',
};

/** "0.72", or an em dash when undefined. */
export function formatAlpha(alpha: number | null): string {
  return alpha === null || !Number.isFinite(alpha) ? '—' : alpha.toFixed(2);
}

/** "3 of 10 shared sessions needed". */
export function missingSessionsText(units: number, minimum: number): string {
  return `${units} of ${minimum} shared sessions needed`;
}
