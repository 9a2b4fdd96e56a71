/** A short kind for badges: "Technical Questions" becomes "Technical". */
export function kindLabel(kind: string | null, kindKey: string): string {
  const label = (kind ?? kindKey.replace(/-/g, ' ')).trim();
  const short = label.replace(/\s+questions?$/i, '').trim() || label;

  // Kind keys are lower-case slugs ("general"); headings are already cased.
  return short.charAt(0).toUpperCase() + short.slice(1);
}

const KIND_COLORS: Record<string, string> = {
  technical: 'blue',
  behavioral: 'green',
  situational: 'orange',
  'problem-solving': 'indigo',
};

/** Colours whose light variant passes AA contrast (see app/theme.ts). */
export function kindColor(kindKey: string): string {
  return KIND_COLORS[kindKey] ?? 'gray';
}
