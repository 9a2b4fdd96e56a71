/** One step of a rubric's rating scale, e.g. { level: 4, label: 'Strong yes' }. */
export type ScaleLevel = { level: number; label: string };

export type RubricForScoring = {
  scale: readonly ScaleLevel[];
  competencies: readonly { id: string; name: string }[];
};

export type CompetencyRating = {
  competencyId: string;
  level: number | null;
  notAssessed: boolean;
  evidence: string;
};

export type QuestionRating = { sessionQuestionId: string; level: number };

export type Recommendation = 'STRONG_NO' | 'NO' | 'YES' | 'STRONG_YES';

export type ScorecardContent = {
  ratings: readonly CompetencyRating[];
  questionRatings: readonly QuestionRating[];
  recommendation: Recommendation | null;
  summary: string;
};

/** A reason a scorecard cannot be stored or submitted, naming the input field at fault. */
export type ScorecardProblem = { field: string; message: string };

export const SCORECARD_LIMITS = {
  evidenceLength: 5_000,
  summaryLength: 10_000,
} as const;

/** The lowest and highest levels of a scale: ratings there need evidence. */
export function extremeLevels(scale: readonly ScaleLevel[]): { lowest: number; highest: number } {
  const levels = scale.map((step) => step.level);

  return { lowest: Math.min(...levels), highest: Math.max(...levels) };
}

export function requiresEvidence(scale: readonly ScaleLevel[], level: number | null): boolean {
  if (level === null) {
    return false;
  }
  const { lowest, highest } = extremeLevels(scale);

  return level === lowest || level === highest;
}

/** Checks that hold for drafts too: known competencies, levels on the scale, text sizes. */
export function draftProblems(rubric: RubricForScoring, content: ScorecardContent): ScorecardProblem[] {
  const problems: ScorecardProblem[] = [];
  const levels = new Set(rubric.scale.map((step) => step.level));
  const known = new Set(rubric.competencies.map((competency) => competency.id));
  const seen = new Set<string>();
  for (const rating of content.ratings) {
    const field = `ratings.${rating.competencyId}`;
    if (!known.has(rating.competencyId)) {
      problems.push({ field, message: `Competency ${rating.competencyId} is not on this scorecard\u2019s rubric` });
      continue;
    }
    if (seen.has(rating.competencyId)) {
      problems.push({ field, message: 'A competency is rated once' });
    }
    seen.add(rating.competencyId);
    if (rating.level !== null && !levels.has(rating.level)) {
      problems.push({ field: `${field}.level`, message: `Level ${rating.level} is not on the scale` });
    }
    if (rating.level !== null && rating.notAssessed) {
      problems.push({ field: `${field}.level`, message: 'Rate the competency or mark it not assessed, not both' });
    }
    if (rating.evidence.length > SCORECARD_LIMITS.evidenceLength) {
      problems.push({ field: `${field}.evidence`, message: `Evidence is limited to ${SCORECARD_LIMITS.evidenceLength} characters` });
    }
  }
  const rated = new Set<string>();
  for (const rating of content.questionRatings) {
    const field = `questionRatings.${rating.sessionQuestionId}`;
    if (!levels.has(rating.level)) {
      problems.push({ field, message: `Level ${rating.level} is not on the scale` });
    }
    if (rated.has(rating.sessionQuestionId)) {
      problems.push({ field, message: 'A question is rated once' });
    }
    rated.add(rating.sessionQuestionId);
  }
  if (content.summary.length > SCORECARD_LIMITS.summaryLength) {
    problems.push({ field: 'summary', message: `The summary is limited to ${SCORECARD_LIMITS.summaryLength} characters` });
  }

  return problems;
}

/**
 * Everything a submitted scorecard needs: every competency rated or marked
 * not assessed, evidence behind each extreme rating, and a recommendation.
 */
export function submissionProblems(rubric: RubricForScoring, content: ScorecardContent): ScorecardProblem[] {
  const problems = draftProblems(rubric, content);
  const byCompetency = new Map(content.ratings.map((rating) => [rating.competencyId, rating]));
  for (const competency of rubric.competencies) {
    const rating = byCompetency.get(competency.id);
    const field = `ratings.${competency.id}`;
    if (!rating || (rating.level === null && !rating.notAssessed)) {
      problems.push({ field: `${field}.level`, message: `Rate ${competency.name} or mark it not assessed` });
      continue;
    }
    if (requiresEvidence(rubric.scale, rating.level) && !rating.evidence.trim()) {
      problems.push({ field: `${field}.evidence`, message: `An extreme rating of ${competency.name} needs evidence` });
    }
  }
  if (!content.recommendation) {
    problems.push({ field: 'recommendation', message: 'Choose an overall recommendation' });
  }

  return problems;
}
