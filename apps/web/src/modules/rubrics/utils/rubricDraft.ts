import type {
  CompetencyInput,
  RubricFieldsFragment,
} from '@web/generated/graphql';

export type RubricScaleLevel = { level: number; label: string };

export type CompetencyDraft = {
  /** Stable React key; the competency id when it was saved before. */
  key: string;
  /** Absent for a competency added in this edit. */
  id?: string;
  name: string;
  description: string;
  /** Anchor text by scale level. */
  anchors: Record<number, string>;
};

export type RubricDraft = {
  name: string;
  description: string;
  defaultForKind: string | null;
  scale: RubricScaleLevel[];
  competencies: CompetencyDraft[];
};

export type RubricDraftErrors = {
  name?: string;
  /** By competency key. */
  competencyNames: Record<string, string>;
  competencyAnchors: Record<string, string>;
  form?: string;
};

/** The API's default: 1–4, strong no to strong yes. */
export const DEFAULT_SCALE: RubricScaleLevel[] = [
  { level: 1, label: 'Strong no' },
  { level: 2, label: 'No' },
  { level: 3, label: 'Yes' },
  { level: 4, label: 'Strong yes' },
];

export const MAX_COMPETENCIES = 30;

let keySequence = 0;
function newKey(): string {
  keySequence += 1;

  return `new-${keySequence}`;
}

export function newCompetency(): CompetencyDraft {
  return { key: newKey(), name: '', description: '', anchors: {} };
}

export function emptyRubricDraft(): RubricDraft {
  return {
    name: '',
    description: '',
    defaultForKind: null,
    scale: DEFAULT_SCALE,
    competencies: [newCompetency()],
  };
}

export function draftFromRubric(rubric: RubricFieldsFragment): RubricDraft {
  return {
    name: rubric.name,
    description: rubric.description,
    defaultForKind: rubric.defaultForKind,
    scale: [...rubric.scale]
      .sort((a, b) => a.level - b.level)
      .map(({ level, label }) => ({ level, label })),
    competencies: rubric.competencies.map((competency) => ({
      key: competency.id,
      id: competency.id,
      name: competency.name,
      description: competency.description,
      anchors: Object.fromEntries(
        competency.anchors.map((anchor) => [anchor.level, anchor.text]),
      ),
    })),
  };
}

export function moveCompetency(
  competencies: readonly CompetencyDraft[],
  from: number,
  to: number,
): CompetencyDraft[] {
  if (from === to || to < 0 || to >= competencies.length) {
    return [...competencies];
  }
  const next = [...competencies];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);

  return next;
}

export function validateRubricDraft(draft: RubricDraft): RubricDraftErrors {
  const errors: RubricDraftErrors = {
    competencyNames: {},
    competencyAnchors: {},
  };
  if (!draft.name.trim()) {
    errors.name = 'Enter a name for the rubric';
  }
  if (draft.competencies.length === 0) {
    errors.form = 'A rubric needs at least one competency';
  }
  if (draft.competencies.length > MAX_COMPETENCIES) {
    errors.form = `A rubric holds at most ${MAX_COMPETENCIES} competencies`;
  }
  const seen = new Set<string>();
  for (const competency of draft.competencies) {
    const name = competency.name.trim().toLowerCase();
    if (!name) {
      errors.competencyNames[competency.key] = 'Enter the competency name';
    } else if (seen.has(name)) {
      errors.competencyNames[competency.key] =
        'Another competency has this name';
    }
    seen.add(name);
  }

  return errors;
}

export function hasRubricDraftErrors(errors: RubricDraftErrors): boolean {
  return Boolean(
    errors.name ||
    errors.form ||
    Object.keys(errors.competencyNames).length ||
    Object.keys(errors.competencyAnchors).length,
  );
}

/**
 * The competencies as the API takes them. Ids the current saved version no
 * longer has (someone removed that competency meanwhile) are dropped, so the
 * competency is saved as a new one instead of being refused.
 */
export function toCompetencyInputs(
  competencies: readonly CompetencyDraft[],
  scale: readonly RubricScaleLevel[],
  knownIds: ReadonlySet<string>,
): CompetencyInput[] {
  return competencies.map((competency) => ({
    ...(competency.id && knownIds.has(competency.id)
      ? { id: competency.id }
      : {}),
    name: competency.name.trim(),
    description: competency.description.trim(),
    anchors: scale
      .map(({ level }) => ({
        level,
        text: (competency.anchors[level] ?? '').trim(),
      }))
      .filter((anchor) => anchor.text !== ''),
  }));
}

function competencySignature(
  competency: CompetencyDraft,
  scale: readonly RubricScaleLevel[],
) {
  return JSON.stringify([
    competency.name.trim(),
    competency.description.trim(),
    scale.map(({ level }) => (competency.anchors[level] ?? '').trim()),
  ]);
}

export function isSameRubricDraft(a: RubricDraft, b: RubricDraft): boolean {
  return (
    a.name.trim() === b.name.trim() &&
    a.description.trim() === b.description.trim() &&
    a.defaultForKind === b.defaultForKind &&
    a.competencies.length === b.competencies.length &&
    a.competencies.every((competency, index) => {
      const other = b.competencies[index];

      return (
        other !== undefined &&
        competencySignature(competency, a.scale) ===
          competencySignature(other, b.scale)
      );
    })
  );
}

/** Maps `competencies.2.name` to the key of the competency it names. */
export function competencyKeyForErrorField(
  competencies: readonly CompetencyDraft[],
  field: string | undefined,
): { key: string; part: string } | null {
  const match = /^competencies\.(\d+)\.(\w+)/.exec(field ?? '');
  const competency = match ? competencies[Number(match[1])] : undefined;

  return competency && match
    ? { key: competency.key, part: match[2] ?? '' }
    : null;
}

export type CompetencyDifference = {
  name: string;
  /** "Only in theirs", "Only in yours", "Changed", "Moved", or null when the same. */
  change: string | null;
};

/** Per competency of one side, how it differs from the other side. */
export function competencyDifferences(
  side: RubricDraft,
  other: RubricDraft,
  onlyHereLabel: string,
): CompetencyDifference[] {
  const otherIndex = new Map(
    other.competencies.map((competency, index) => [
      competency.id ?? competency.key,
      index,
    ]),
  );

  return side.competencies.map((competency, index) => {
    const match = otherIndex.get(competency.id ?? competency.key);
    const counterpart =
      match === undefined ? undefined : other.competencies[match];
    let change: string | null = null;
    if (!counterpart) {
      change = onlyHereLabel;
    } else if (
      competencySignature(competency, side.scale) !==
      competencySignature(counterpart, other.scale)
    ) {
      change = 'Changed';
    } else if (match !== index) {
      change = 'Moved';
    }

    return { name: competency.name || '(unnamed)', change };
  });
}
