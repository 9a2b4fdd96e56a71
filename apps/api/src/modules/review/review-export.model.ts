import type { CandidateReviewModel } from './dto/review.model';
import type { ReviewExportDetails, ScorecardRubric } from './review-export.read-model';

/** Everything an export prints: the review page's data, the export details, and when it was made. */
export type ReviewExport = ReviewExportDetails & { review: CandidateReviewModel; generatedAt: Date };

/** The scale's name for a level ("3 · Yes"), or "Not assessed". */
export function levelLabel(rubric: ScorecardRubric | undefined, level: number | null, notAssessed = false): string {
  if (notAssessed) {
    return 'Not assessed';
  }
  if (level === null) {
    return '';
  }
  const label = rubric?.scale.find((step) => step.level === level)?.label;

  return label ? `${level} · ${label}` : String(level);
}

/** The rubric's behavioural anchor for a competency at a level, as the interviewer saw it. */
export function anchorText(rubric: ScorecardRubric | undefined, competencyId: string, level: number | null): string {
  if (level === null) {
    return '';
  }

  return rubric?.competencies.find((competency) => competency.id === competencyId)?.anchors.find((anchor) => anchor.level === level)?.text ?? '';
}
