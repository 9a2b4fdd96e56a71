/** One step of a rating scale, e.g. { level: 4, label: 'Strong yes' }. */
export type ScaleLevel = { level: number; label: string };

export type Anchor = { level: number; text: string };

/** A competency scored on the scale, with behavioural anchors per level. */
export type Competency = { id: string; name: string; description: string; anchors: Anchor[] };

export const DEFAULT_SCALE: ScaleLevel[] = [
  { level: 1, label: 'Strong no' },
  { level: 2, label: 'No' },
  { level: 3, label: 'Yes' },
  { level: 4, label: 'Strong yes' },
];
