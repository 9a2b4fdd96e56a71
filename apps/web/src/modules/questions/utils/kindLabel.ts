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
