import type { Recommendation } from '@web/generated/graphql';

export type ScaleStep = { level: number; label: string };

/** The default rubric scale; a rubric may define its own. */
export const DEFAULT_SCALE: readonly ScaleStep[] = [
  { level: 1, label: 'Strong no' },
  { level: 2, label: 'No' },
  { level: 3, label: 'Yes' },
  { level: 4, label: 'Strong yes' },
];

/** Mantine colours from the bottom of a scale to its top. */
export type LevelTone = 'red' | 'orange' | 'yellow' | 'lime' | 'green';

const TONES: readonly LevelTone[] = [
  'red',
  'orange',
  'yellow',
  'lime',
  'green',
];

type SessionWithRubric = {
  scoringRubric: { scale: readonly ScaleStep[] } | null;
};

/**
 * The scale the candidate's sessions were scored on, lowest level first: the
 * union of their rubrics' scales (the first label wins), or the default.
 */
export function reviewScale(
  sessions: readonly SessionWithRubric[],
): ScaleStep[] {
  const byLevel = new Map<number, string>();
  for (const session of sessions) {
    for (const step of session.scoringRubric?.scale ?? []) {
      if (!byLevel.has(step.level)) {
        byLevel.set(step.level, step.label);
      }
    }
  }
  const steps = byLevel.size > 0 ? [...byLevel] : [];
  if (steps.length === 0) {
    return [...DEFAULT_SCALE];
  }

  return steps
    .map(([level, label]) => ({ level, label }))
    .sort((a, b) => a.level - b.level);
}

/** Red for the lowest level of the scale, green for the highest, in between by position. */
export function levelTone(
  level: number,
  scale: readonly ScaleStep[],
): LevelTone {
  const levels = (scale.length > 0 ? scale : DEFAULT_SCALE).map(
    (step) => step.level,
  );
  const lowest = Math.min(...levels);
  const highest = Math.max(...levels);
  if (highest === lowest) {
    return 'green';
  }
  const position = Math.min(
    1,
    Math.max(0, (level - lowest) / (highest - lowest)),
  );

  return TONES[Math.round(position * (TONES.length - 1))] ?? 'yellow';
}

export function levelLabel(level: number, scale: readonly ScaleStep[]): string {
  return scale.find((step) => step.level === level)?.label ?? '';
}

export const RECOMMENDATION_TONES: Record<Recommendation, LevelTone> = {
  STRONG_NO: 'red',
  NO: 'orange',
  YES: 'lime',
  STRONG_YES: 'green',
};

/** Cell colours: a pale tint with dark text stays readable (WCAG AA) for every tone. */
export function toneStyle(tone: LevelTone | 'gray'): {
  background: string;
  borderColor: string;
} {
  return {
    background: `var(--mantine-color-${tone}-1)`,
    borderColor: `var(--mantine-color-${tone}-7)`,
  };
}
