/** Krippendorff's conventional cut-offs for alpha. */
export const GOOD_ALPHA = 0.8;
export const TENTATIVE_ALPHA = 0.667;

export type AgreementBand = 'good' | 'tentative' | 'low' | 'insufficient';

/** Null alpha: too few sessions rated by two or more panelists. */
export function agreementBand(alpha: number | null): AgreementBand {
  if (alpha === null || !Number.isFinite(alpha)) {
    return 'insufficient';
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
  insufficient: 'Not enough overlapping ratings',
};

export const AGREEMENT_BAND_COLORS: Record<AgreementBand, string> = {
  good: 'green',
  tentative: 'yellow',
  low: 'red',
  insufficient: 'gray',
};

/** "0.72", or an em dash when undefined. */
export function formatAlpha(alpha: number | null): string {
  return alpha === null || !Number.isFinite(alpha) ? '—' : alpha.toFixed(2);
}
