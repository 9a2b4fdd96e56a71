import type {
  CompetencyRating,
  QuestionRating,
  Recommendation,
  ScorecardContent,
  ScorecardProblem,
} from '@panelwise/domain-scorecard';

export type ScoringRubric = {
  competencies: readonly {
    id: string;
    name: string;
    description: string;
    anchors: readonly { level: number; text: string }[];
  }[];
  scale: readonly { level: number; label: string }[];
};

type StoredScorecard = {
  ratings: readonly {
    competencyId: string;
    level: number | null;
    notAssessed: boolean;
    evidence: string;
  }[];
  questionRatings: readonly QuestionRating[];
  recommendation: Recommendation | null;
  summary: string;
};

export const RECOMMENDATIONS: { value: Recommendation; label: string }[] = [
  { value: 'STRONG_NO', label: 'Strong no' },
  { value: 'NO', label: 'No' },
  { value: 'YES', label: 'Yes' },
  { value: 'STRONG_YES', label: 'Strong yes' },
];

export function recommendationLabel(value: string | null): string {
  return (
    RECOMMENDATIONS.find((option) => option.value === value)?.label ??
    'None yet'
  );
}

const emptyRating = (competencyId: string): CompetencyRating => ({
  competencyId,
  level: null,
  notAssessed: false,
  evidence: '',
});

/** One rating per competency of the rubric, in its order; stored ones filled in. */
export function toContent(
  rubric: ScoringRubric,
  stored: StoredScorecard | null,
): ScorecardContent {
  const byCompetency = new Map(
    (stored?.ratings ?? []).map((rating) => [rating.competencyId, rating]),
  );

  return {
    ratings: rubric.competencies.map((competency) => {
      const rating = byCompetency.get(competency.id);

      return rating
        ? {
            competencyId: competency.id,
            level: rating.level,
            notAssessed: rating.notAssessed,
            evidence: rating.evidence,
          }
        : emptyRating(competency.id);
    }),
    questionRatings: (stored?.questionRatings ?? []).map((rating) => ({
      sessionQuestionId: rating.sessionQuestionId,
      level: rating.level,
    })),
    recommendation: stored?.recommendation ?? null,
    summary: stored?.summary ?? '',
  };
}

function updateRating(
  content: ScorecardContent,
  competencyId: string,
  change: (rating: CompetencyRating) => CompetencyRating,
): ScorecardContent {
  const exists = content.ratings.some(
    (rating) => rating.competencyId === competencyId,
  );
  const ratings = exists
    ? content.ratings
    : [...content.ratings, emptyRating(competencyId)];

  return {
    ...content,
    ratings: ratings.map((rating) =>
      rating.competencyId === competencyId ? change(rating) : rating,
    ),
  };
}

/** A level, or "not assessed" (null level): the two exclude each other. */
export function setLevel(
  content: ScorecardContent,
  competencyId: string,
  choice: number | 'not-assessed' | null,
): ScorecardContent {
  return updateRating(content, competencyId, (rating) => ({
    ...rating,
    level: typeof choice === 'number' ? choice : null,
    notAssessed: choice === 'not-assessed',
  }));
}

export function setEvidence(
  content: ScorecardContent,
  competencyId: string,
  evidence: string,
): ScorecardContent {
  return updateRating(content, competencyId, (rating) => ({
    ...rating,
    evidence,
  }));
}

/** Rates a question, or clears its rating (null). */
export function setQuestionRating(
  content: ScorecardContent,
  sessionQuestionId: string,
  level: number | null,
): ScorecardContent {
  const others = content.questionRatings.filter(
    (rating) => rating.sessionQuestionId !== sessionQuestionId,
  );

  return {
    ...content,
    questionRatings:
      level === null ? others : [...others, { sessionQuestionId, level }],
  };
}

/** Same content, whatever the order and the empty ratings. */
export function sameContent(a: ScorecardContent, b: ScorecardContent): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(content: ScorecardContent) {
  return {
    ratings: content.ratings
      .filter(
        (rating) =>
          rating.level !== null || rating.notAssessed || rating.evidence,
      )
      .map((rating) => ({
        competencyId: rating.competencyId,
        level: rating.level,
        notAssessed: rating.notAssessed,
        evidence: rating.evidence,
      }))
      .sort((x, y) => x.competencyId.localeCompare(y.competencyId)),
    questionRatings: content.questionRatings
      .map((rating) => ({
        sessionQuestionId: rating.sessionQuestionId,
        level: rating.level,
      }))
      .sort((x, y) => x.sessionQuestionId.localeCompare(y.sessionQuestionId)),
    recommendation: content.recommendation,
    summary: content.summary,
  };
}

/** Problems keyed by field (`ratings.<id>.level`, `recommendation`…), first message wins. */
export function problemsByField(
  problems: readonly ScorecardProblem[],
): Map<string, string> {
  const byField = new Map<string, string>();
  for (const problem of problems) {
    if (!byField.has(problem.field)) {
      byField.set(problem.field, problem.message);
    }
  }

  return byField;
}

/** The input fields saveScorecard and amendScorecard take. */
export function toScorecardInput(content: ScorecardContent) {
  return {
    ratings: content.ratings.map((rating) => ({
      competencyId: rating.competencyId,
      level: rating.level,
      notAssessed: rating.notAssessed,
      evidence: rating.evidence,
    })),
    questionRatings: content.questionRatings.map((rating) => ({
      sessionQuestionId: rating.sessionQuestionId,
      level: rating.level,
    })),
    recommendation: content.recommendation,
    summary: content.summary,
  };
}

/**
 * `existing` with `snippet` added as a paragraph of its own; unchanged when
 * the snippet is blank or already there (pulling the same note twice).
 */
export function appendParagraph(existing: string, snippet: string): string {
  const text = snippet.trim();
  if (!text || existing.includes(text)) {
    return existing;
  }

  return existing.trim() ? `${existing.trimEnd()}\n\n${text}` : text;
}

/** Pulls a note into a competency's evidence. */
export function addToEvidence(
  content: ScorecardContent,
  competencyId: string,
  snippet: string,
): ScorecardContent {
  const current =
    content.ratings.find((rating) => rating.competencyId === competencyId)
      ?.evidence ?? '';

  return setEvidence(content, competencyId, appendParagraph(current, snippet));
}

/** Pulls a note into the summary. */
export function addToSummary(
  content: ScorecardContent,
  snippet: string,
): ScorecardContent {
  return { ...content, summary: appendParagraph(content.summary, snippet) };
}
